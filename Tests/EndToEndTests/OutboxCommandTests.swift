// `tovholder outbox` on a real database file: refused without consent, queued after a grant, listed, shown and sent.
import Foundation
import Testing

@Suite struct OutboxCommandTests {
    /// A database with a citizen, a case and a GP; returns the case and the GP's ids.
    private func seeded() throws -> (CLIDatabase, caseID: String, gp: String) {
        let db = try CLIDatabase()
        _ = try db.id(["citizen", "add", "--cpr", "0101901235", "--name", "Jens Hansen"])
        let gp = try db.id(["actor", "add", "--name", "Lægehuset Nord", "--kind", "gp", "--organisation"])
        let caseID = try db.id(["case", "open", "--citizen", "1", "--basis", "sel101", "--requested", "2026-10-01"])
        return (db, caseID, gp)
    }

    private func add(_ db: CLIDatabase, _ caseID: String, _ gp: String, _ extra: [String] = []) throws -> CLIResult {
        try db.run(
            [
                "outbox", "add", "--case", caseID, "--to", gp, "--subject", "Screeningsresultat",
                "--body", "AUDIT 14: skadeligt forbrug", "--category", "screening", "--date", "2026-11-01",
            ] + extra)
    }

    @Test func withoutConsentTheMessageIsRefusedAndNothingIsWritten() throws {
        let (db, caseID, gp) = try seeded()
        let audit = try db.count("audit_entry")
        let refused = try add(db, caseID, gp)
        #expect(refused.status != 0)
        #expect(refused.stdout.isEmpty)
        #expect(
            refused.firstErrorLine
                == "to: Borgeren har ikke givet samtykke til at dele screeninger med aktør \(gp) (Lægehuset Nord). "
                + "Ikke tilladt: der er intet samtykke i sagen.")
        #expect(try db.count("outbox_message") == 0)
        #expect(try db.count("audit_entry") == audit)
        let list = try db.run(["outbox", "list", "--status", "all"])
        #expect(list.status == 0)
        #expect(list.stdout.isEmpty)
        let english = try db.run(
            [
                "outbox", "add", "--case", caseID, "--to", gp, "--subject", "S", "--body", "B", "--category",
                "screening,plan", "--lang", "en",
            ])
        #expect(english.firstErrorLine.contains("has not consented to sharing screenings and plans with actor \(gp)"))
    }

    @Test func afterConsentTheMessageIsQueuedListedShownAndSent() throws {
        let (db, caseID, gp) = try seeded()
        let consent = try db.id([
            "consent", "grant", caseID, "--to", "gp", "--categories", "screening,plan", "--from", "2026-10-01",
        ])
        let added = try add(db, caseID, gp, ["--document", "screening:1"])
        #expect(added.status == 0, "\(added.stderr)")
        let id = added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(id == "1")

        let list = try db.run(["outbox", "list"])
        #expect(
            list.stdout
                == "1\t2026-11-01\tafventer afsendelse\taktør \(gp) (Lægehuset Nord)\tsag \(caseID)\tScreeningsresultat\n"
        )

        let shown = try db.run(["outbox", "show", id])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("Besked 1: Screeningsresultat"))
        #expect(shown.stdout.contains("Til: aktør \(gp) (Lægehuset Nord)"))
        #expect(shown.stdout.contains("Indhold: screeninger"))
        #expect(shown.stdout.contains("Dokument: screening:1"))
        #expect(shown.stdout.contains("Samtykke: Tilladt efter samtykke \(consent)"))
        #expect(shown.stdout.contains("AUDIT 14: skadeligt forbrug"))
        let json = try db.run(["outbox", "show", id, "--json"]).stdout
        #expect(json.contains("\"recipient_name\":\"Lægehuset Nord\""))
        #expect(json.contains("\"consents\":[\(consent)]"))
        #expect(json.contains("\"status\":\"pending\""))
        #expect(json.contains("\"body\":\"AUDIT 14: skadeligt forbrug\""))

        let sent = try db.run(["outbox", "mark-sent", id, "--channel", "e-boks", "--date", "2026-11-02"])
        #expect(sent.status == 0, "\(sent.stderr)")
        #expect(sent.stdout == "Besked 1 markeret som sendt 2026-11-02 via e-boks.\n")
        #expect(try db.run(["outbox", "list"]).stdout.isEmpty)
        let sentList = try db.run(["outbox", "list", "--status", "sent", "--case", caseID, "--json"])
        #expect(sentList.stdout.contains("\"channel\":\"e-boks\""))
        #expect(sentList.stdout.contains("\"sent\":\"2026-11-02\""))
        let again = try db.run(["outbox", "cancel", id, "--reason", "fejl", "--lang", "en"])
        #expect(again.status != 0)
        #expect(again.firstErrorLine == "status: the message is sent and cannot change")

        let audit = try db.run(["audit", "list"])
        #expect(!audit.stdout.contains("skadeligt"))
    }

    @Test func aMessageCanBeCancelledWithAReasonAndAddedAsJSON() throws {
        let (db, caseID, gp) = try seeded()
        _ = try db.id(["consent", "grant", caseID, "--to", gp, "--categories", "screening", "--from", "2026-10-01"])
        let added = try add(db, caseID, gp, ["--json"])
        #expect(added.stdout == "{\"id\":1}\n")
        let cancelled = try db.run(["outbox", "cancel", "1", "--reason", "sendt på mødet", "--date", "2026-11-03"])
        #expect(cancelled.stdout == "Besked 1 annulleret 2026-11-03.\n")
        let json = try db.run(["outbox", "list", "--status", "cancelled", "--json"]).stdout
        #expect(json.contains("\"cancel_reason\":\"sendt på mødet\""))
        #expect(
            try db.run(["outbox", "show", "9"]).firstErrorLine == "message: Der er ingen besked i udbakken med id 9.")
    }
}
