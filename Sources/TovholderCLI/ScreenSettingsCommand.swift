// `tovholder screen settings FLOW`: the municipality's cut-offs for a flow, shown and changed.
import ArgumentParser
import Core
import Scripting
import Store

struct ScreenSettingsCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings",
        abstract: "Show or change a flow's settings (cut-offs) for this municipality; old responses keep theirs.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The flow's id.")
    var flow: String

    @Option(
        help: ArgumentHelp(
            "NAME=NUMBER, or NAME.male=NUMBER / NAME.female=NUMBER / NAME.default=NUMBER; repeatable.",
            valueName: "change"))
    var set: [String] = []

    @Option(help: ArgumentHelp("Go back to the flow's default for NAME; repeatable.", valueName: "name"))
    var reset: [String] = []

    struct Row: Encodable {
        let name: String
        let value: FlowSetting
        let changed: Bool
    }

    func run() throws {
        try runReporting { language in
            let loaded = try database.packs.catalog.flow(flow)
            let defaults = loaded.definition.settings
            let known = defaults.keys.sorted()
            func checkName(_ name: String, option: String) throws {
                guard defaults[name] != nil else {
                    throw DomainError(field: option, ScreeningWords.unknownSetting(name, known: known))
                }
            }
            let rows = try database.write("screen settings", language) { transaction in
                let recorder = ScreeningRecorder(transaction, language: language)
                for name in reset {
                    try checkName(name, option: "reset")
                    try transaction.setScreeningSetting(flow: loaded.definition.id, name: name, value: nil)
                }
                for change in set {
                    let (name, value) = try parse(change, current: try recorder.settings(for: loaded.definition))
                    try checkName(name, option: "set")
                    try transaction.setScreeningSetting(flow: loaded.definition.id, name: name, value: value)
                }
                let current = try recorder.settings(for: loaded.definition)
                return known.map { Row(name: $0, value: current[$0]!, changed: current[$0] != defaults[$0]) }
            }
            try output.print(rows) { row in
                let origin = row.changed ? ScreeningWords.municipalityValue : ScreeningWords.flowDefault
                return "\(row.name) = \(row.value.display(language))  (\(origin.text(language)))"
            }
        }
    }

    /// `hazardous=8` or `hazardous.female=6` (the other sexes keep their current values).
    private func parse(_ text: String, current: [String: FlowSetting]) throws -> (String, FlowSetting) {
        let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, let number = Double(parts[1].replacingOccurrences(of: ",", with: ".")), number.isFinite
        else { throw DomainError(field: "set", ScreeningWords.notASettingChange(text)) }
        let key = parts[0].split(separator: ".", maxSplits: 1).map(String.init)
        guard key.count == 2 else { return (key[0], .number(number)) }
        var (male, female, other): (Double?, Double?, Double?) = (nil, nil, nil)
        switch current[key[0]] {
        case .bySex(let m, let f, let d): (male, female, other) = (m, f, d)
        case .number(let value): (male, female, other) = (value, value, value)
        case nil: break
        }
        switch key[1] {
        case "male": male = number
        case "female": female = number
        case "default": other = number
        default: throw DomainError(field: "set", ScreeningWords.notASettingChange(text))
        }
        return (key[0], .bySex(male: male, female: female, default: other))
    }
}
