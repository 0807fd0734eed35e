// The temporary database a spec file runs against: made empty for each file, seeded by the spec.
import Core
import Foundation
import Store

/// A fresh, migrated SQLite database in a temporary folder, removed when the fixture goes away.
/// Specs seed it (`fixture.case { ... }`) and flows complete screenings in it, through the same
/// services the CLI uses.
final class SpecFixture {
    let folder: String
    let database: TovholderDatabase
    let today: Day
    private var serial = 0

    init(today: Day) throws {
        folder = NSTemporaryDirectory() + "tovholder-spec-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        database = try TovholderDatabase(path: folder + "/spec.sqlite")
        try database.migrate()
        self.today = today
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    /// Runs `body` in one transaction, audited as the spec runner.
    func write<T>(_ body: (StoreTransaction) throws -> T) throws -> T {
        try database.write(AuditContext(user: "pack-test", command: "pack test"), body)
    }

    /// A case under `basis` requested on `requested`, for a new citizen born on `born` of `sex` with a
    /// made-up CPR number that is never shown, or for the citizen of the case `sameCitizenAs`;
    /// started and discharged on the days given.
    func openCase(
        sex: Sex, born: Day, basis: LegalBasis, requested: Day, sameCitizenAs: CaseID? = nil, started: Day? = nil,
        discharged: (day: Day, reason: DischargeReason)? = nil
    ) throws -> CaseID {
        serial += 1
        // The seventh digit gives the century (1 for 1900-1999, 4 for 2000-2036); an odd last digit a man.
        let century = born.year < 2000 ? 1000 : 4000
        let number = century + serial * 2 % 1000 + (sex == .male ? 1 : 0)
        let cpr = String(format: "%02d%02d%02d%04d", born.day, born.month, born.year % 100, number)
        return try write { transaction in
            let citizen =
                try sameCitizenAs.map { try transaction.caseCitizen($0, field: "same_citizen_as") }
                ?? transaction.addCitizen(try Citizen(name: "Testborger \(serial)", cpr: try CPRNumber(cpr))).id!
            let opened = try transaction.openCase(
                citizen: citizen, basis: basis, municipality: try MunicipalityCode("0101"), requested: requested)
            let id = opened.id!
            if let started {
                try transaction.changeCase(id, action: "start") { treatmentCase in
                    try treatmentCase.start(on: started)
                    return "started"
                }
            }
            if let discharged {
                try transaction.changeCase(id, action: "discharge") { treatmentCase in
                    try treatmentCase.discharge(on: discharged.day, reason: discharged.reason, advice: "Rådgivning")
                    return "discharged"
                }
            }
            return id
        }
    }
}
