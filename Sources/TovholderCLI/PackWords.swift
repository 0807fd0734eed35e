// The words of the `pack` commands, in Danish and English (the problems themselves stay in English).
import Core
import Packs

/// Sentences and labels the `pack` commands show. A ``PackProblem``'s text is not among them: it
/// is for pack authors and municipal IT, in English, as the manifest reader and resolver write it.
enum PackWords: LocalizedText {
    // Bad input.
    case noSuchFolder(String)
    case noSuchSite(String)
    case notAPack(String)
    case unknownPack(String, known: [String])
    case keyExists(String)
    case needsSite
    case alreadyInstalled(folder: String, installed: String?, label: String)

    // Shared.
    case layer(PackLayer)
    case kind(EntryKind)
    case none
    case ok, failed
    case overrides(kind: EntryKind, id: String, pack: String)
    case replacedBy(String)
    case searchPath
    case noPacks

    // pack info.
    case layerLabel, folder, authors, licence, folders, modules, provides, overridesLabel, replaces, lock, signature,
        capabilities
    case dependencies, problems, status
    case hostAPI(range: String, host: String, fits: Bool)
    case dependency(name: String, range: String, found: String?, fits: Bool)
    case keptVersions([String])
    case overriddenBy(String)
    case lockNone, lockMatches(Int), lockMismatch(Int, of: Int), lockUnreadable
    case signatureNone, signatureTrusted(name: String, keyID: String), signatureUntrusted(String), signatureBad
    case notRequired

    // pack lock, keygen, sign.
    case lockWritten(path: String, files: Int)
    case signatureNowStale
    case privateKey(String), publicKey(String), keyID(String), trustLine
    case lockStale(String)
    case signed(label: String, keyID: String, path: String)

    // pack verify, validate, doctor.
    case manifestReads(String)
    case verified(String), refused(String, failures: Int)
    case validated(String, lua: Int, flows: Int, rules: Int), invalid(String, problems: Int, lua: Int, flows: Int)
    case doctorHealthy(packs: Int), doctorUnhealthy(packs: Int, broken: Int)

    // pack install.
    case installed(label: String, folder: String)
    case replaced(label: String, previous: String?, folder: String)
    case unchanged(label: String, folder: String)
    case checked(locked: Bool, signer: String?)
    case doesNotValidate(String)
    case wouldNotResolve(String)

    func text(_ language: Language) -> String {
        let da = language == .danish
        switch self {
        case .noSuchFolder(let path):
            return da ? "Mappen '\(path)' findes ikke." : "The folder '\(path)' does not exist."
        case .noSuchSite(let path):
            return da ? "Site-mappen '\(path)' findes ikke." : "The site folder '\(path)' does not exist."
        case .notAPack(let path):
            return da
                ? "'\(path)' er ikke en pakke: der er ingen pack.toml i mappen."
                : "'\(path)' is not a pack: the folder holds no pack.toml."
        case .unknownPack(let name, let known):
            let list = known.isEmpty ? PackWords.none.text(language) : known.joined(separator: ", ")
            return da
                ? "der er ingen pakke '\(name)' på søgestien (findes: \(list))"
                : "there is no pack '\(name)' on the search path (available: \(list))"
        case .keyExists(let path):
            return da
                ? "'\(path)' findes allerede; en nøglefil overskrives aldrig."
                : "'\(path)' already exists; a key file is never overwritten."
        case .needsSite:
            return da
                ? "Angiv site-mappen med --site (eller TOVHOLDER_SITE), eller en mappe at installere i med --into DIR."
                : "Give the site folder with --site (or TOVHOLDER_SITE), or a folder to install into with --into DIR."
        case .alreadyInstalled(let folder, let installed, let label):
            let what =
                installed.map { "version \($0)" } ?? (da ? "en pakke der ikke kan læses" : "a pack that does not read")
            return da
                ? "\(folder) har allerede \(what); brug --replace for at erstatte den med \(label)."
                : "\(folder) already holds \(what); use --replace to replace it with \(label)."

        case .layer(let layer):
            switch layer {
            case .builtin: return da ? "indbygget" : "built-in"
            case .site: return "site"
            case .municipality: return da ? "kommune" : "municipality"
            }
        case .kind(let kind):
            switch kind {
            case .flows: return "flow"
            case .workflows: return da ? "arbejdsgang" : "workflow"
            case .reports: return da ? "rapport" : "report"
            }
        case .none: return da ? "ingen" : "none"
        case .ok: return "ok"
        case .failed: return da ? "fejl" : "fail"
        case .overrides(let kind, let id, let pack):
            let what = PackWords.kind(kind).text(language)
            return da ? "tilsidesætter \(what) \(id) fra \(pack)" : "overrides \(what) \(id) of \(pack)"
        case .replacedBy(let folder): return da ? "erstattet af \(folder)" : "replaced by \(folder)"
        case .searchPath: return da ? "Søgestien" : "The search path"
        case .noPacks: return da ? "Ingen pakker på søgestien." : "No packs on the search path."

        case .layerLabel: return da ? "Lag" : "Layer"
        case .folder: return da ? "Mappe" : "Folder"
        case .authors: return da ? "Forfattere" : "Authors"
        case .licence: return da ? "Licens" : "Licence"
        case .folders: return da ? "Mapper" : "Folders"
        case .modules: return da ? "moduler" : "modules"
        case .provides: return da ? "Leverer" : "Provides"
        case .overridesLabel: return da ? "Tilsidesætter" : "Overrides"
        case .replaces: return da ? "Erstatter" : "Replaces"
        case .lock: return da ? "Lås" : "Lock"
        case .signature: return da ? "Signatur" : "Signature"
        case .capabilities: return da ? "Rettigheder (hvad pakken må)" : "Capabilities (what the pack may do)"
        case .dependencies: return da ? "Afhængigheder" : "Dependencies"
        case .problems: return da ? "Problemer" : "Problems"
        case .status: return "Status"
        case .hostAPI(let range, let host, let fits):
            return da
                ? "Værts-API: \(range) (denne Tovholder har \(host): \(fits ? "passer" : "passer ikke"))"
                : "Host API: \(range) (this Tovholder has \(host): \(fits ? "compatible" : "incompatible"))"
        case .dependency(let name, let range, let found, let fits):
            guard let found else {
                return da ? "\(name) \(range): findes ikke på søgestien" : "\(name) \(range): not on the search path"
            }
            return da
                ? "\(name) \(range): \(found) på søgestien\(fits ? "" : ", passer ikke")"
                : "\(name) \(range): \(found) on the search path\(fits ? "" : ", out of range")"
        case .keptVersions(let versions):
            let list = versions.joined(separator: ", ")
            return da ? "beholder også \(list)" : "also keeps \(list)"
        case .overriddenBy(let pack): return da ? "tilsidesat af \(pack)" : "overridden by \(pack)"
        case .lockNone: return da ? "ingen pack.lock" : "no pack.lock"
        case .lockMatches(let files):
            return da ? "pack.lock passer (\(files) filer)" : "pack.lock matches (\(files) files)"
        case .lockMismatch(let count, let files):
            return da
                ? "pack.lock passer ikke: \(count) af \(files) filer"
                : "pack.lock does not match: \(count) of \(files) files"
        case .lockUnreadable: return da ? "pack.lock kan ikke læses" : "pack.lock cannot be read"
        case .signatureNone: return da ? "ikke signeret" : "not signed"
        case .signatureTrusted(let name, let keyID):
            return da ? "signeret af \"\(name)\" (nøgle \(keyID))" : "signed by \"\(name)\" (key \(keyID))"
        case .signatureUntrusted(let keyID):
            return da
                ? "signeret med nøgle \(keyID), som site.toml ikke stoler på"
                : "signed with key \(keyID), which site.toml does not trust"
        case .signatureBad: return da ? "signaturen holder ikke" : "the signature does not verify"
        case .notRequired: return da ? "site.toml kræver det ikke" : "site.toml does not require it"

        case .lockWritten(let path, let files):
            return da ? "Skrev \(path): \(files) filer." : "Wrote \(path): \(files) files."
        case .signatureNowStale:
            return da
                ? "Bemærk: pack.sig passer ikke længere til pack.lock; signér pakken igen (tovholder pack sign)."
                : "Note: pack.sig no longer matches pack.lock; sign the pack again (tovholder pack sign)."
        case .privateKey(let path):
            return da
                ? "Privat nøgle: \(path) (kun ejeren kan læse den)"
                : "Private key: \(path) (readable by its owner only)"
        case .publicKey(let path): return da ? "Offentlig nøgle: \(path)" : "Public key: \(path)"
        case .keyID(let id): return da ? "Nøgle-id: \(id)" : "Key id: \(id)"
        case .trustLine:
            return da
                ? "Linjen til site.toml, under [trust.keys], hos de sites der skal stole på nøglen:"
                : "The line for site.toml, under [trust.keys], at the sites that are to trust the key:"
        case .lockStale(let folder):
            return da
                ? "pack.lock passer ikke med filerne i \(folder); ret filerne, eller lås dem som de er nu med --relock:"
                : "pack.lock does not match the files in \(folder); fix the files, or lock them as they are with --relock:"
        case .signed(let label, let keyID, let path):
            return da
                ? "Signerede \(label) med nøgle \(keyID): \(path)"
                : "Signed \(label) with key \(keyID): \(path)"

        case .manifestReads(let label): return "pack.toml: \(label)"
        case .verified(let label): return da ? "\(label) er i orden." : "\(label) is in order."
        case .refused(let label, let failures):
            return da
                ? "\(label) er afvist: \(failures) fejl."
                : "\(label) is refused: \(failures) failure\(failures == 1 ? "" : "s")."
        case .validated(let label, let lua, let flows, let rules):
            let ruleText = rules == 0 ? "" : (da ? ", \(rules) regler registreret" : ", \(rules) rules registered")
            return da
                ? "\(label): ingen problemer (\(lua) Lua-filer oversat, \(flows) flows indlæst\(ruleText))."
                : "\(label): no problems (\(lua) Lua files compiled, \(flows) flows loaded\(ruleText))."
        case .invalid(let label, let problems, let lua, let flows):
            return da
                ? "\(label): \(problems) problem\(problems == 1 ? "" : "er") (\(lua) Lua-filer, \(flows) flows)."
                : "\(label): \(problems) problem\(problems == 1 ? "" : "s") (\(lua) Lua files, \(flows) flows)."
        case .doctorHealthy(let packs):
            return da ? "\(packs) pakker undersøgt: alle i orden." : "\(packs) packs checked: all in order."
        case .doctorUnhealthy(let packs, let broken):
            return da
                ? "\(packs) pakker undersøgt: \(broken) med problemer."
                : "\(packs) packs checked: \(broken) with problems."

        case .installed(let label, let folder):
            return da ? "Installerede \(label) i \(folder)." : "Installed \(label) in \(folder)."
        case .replaced(let label, let previous, let folder):
            let old =
                previous.map { "version \($0)" } ?? (da ? "en pakke der ikke kunne læses" : "a pack that did not read")
            return da
                ? "Erstattede \(old) med \(label) i \(folder)."
                : "Replaced \(old) with \(label) in \(folder)."
        case .unchanged(let label, let folder):
            return da
                ? "\(label) er allerede installeret i \(folder); intet er ændret."
                : "\(label) is already installed in \(folder); nothing changed."
        case .checked(let locked, let signer):
            let lock = locked ? (da ? "pack.lock passer" : "pack.lock matches") : PackWords.lockNone.text(language)
            let signature =
                signer.map { da ? "signeret af \"\($0)\"" : "signed by \"\($0)\"" }
                ?? PackWords.signatureNone.text(language)
            return da ? "Kontrolleret: \(lock), \(signature)." : "Checked: \(lock), \(signature)."
        case .doesNotValidate(let label):
            return da
                ? "\(label) installeres ikke: pakken har fejl (se tovholder pack validate):"
                : "\(label) is not installed: the pack has problems (see tovholder pack validate):"
        case .wouldNotResolve(let label):
            return da
                ? "\(label) installeres ikke: med den ville pakkerne ikke kunne bruges (intet er skrevet):"
                : "\(label) is not installed: with it the packs would not resolve (nothing was written):"
        }
    }
}
