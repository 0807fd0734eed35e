// `screen show`: a flow written out for the caseworker or the author reviewing it.
import Core
import Scripting

enum FlowDescription {
    static func lines(_ flow: LoadedFlow, _ language: Language) -> [String] {
        let definition = flow.definition
        var lines = ["\(definition.title.text(language)) (\(flow.reference))", flow.file.path]
        if let description = definition.description { lines.append(description.text(language)) }
        if let source = definition.source { lines.append(source.text(language)) }
        lines.append(
            ScreeningWords.policies(
                missing: definition.policies.missing.rawValue, hidden: definition.policies.hidden.rawValue
            )
            .text(language))
        if !definition.settings.isEmpty {
            lines.append("")
            lines.append(ScreeningWords.settingsOf(definition.id).text(language) + ":")
            for (name, value) in definition.settings.sorted(by: { $0.key < $1.key }) {
                lines.append("  \(name) = \(value.display(language))")
            }
        }
        lines.append("")
        lines.append("\(ScreeningWords.scores.text(language)):")
        for score in definition.scores {
            var range = ""
            if let minimum = score.minimum, let maximum = score.maximum {
                range = " (\(ResultText.format(minimum, decimals: nil))–\(ResultText.format(maximum, decimals: nil)))"
            }
            lines.append("  \(score.id): \(score.text.text(language))\(range)")
        }
        lines.append("")
        for item in definition.items {
            lines += describe(item, language)
        }
        return lines
    }

    private static func describe(_ item: FlowItem, _ language: Language) -> [String] {
        if item.kind == .section {
            var lines = ["", "== \(item.text.text(language)) =="]
            if item.hasVisibilityRule { lines.append("   (\(ScreeningWords.visibleWhen.text(language)))") }
            if let help = item.help { lines.append("   \(help.text(language))") }
            return lines
        }
        var notes = [item.kind.rawValue]
        if let range = range(item, language) { notes.append(range) }
        if let unit = item.unit { notes.append(unit.text(language)) }
        if item.optional { notes.append(ScreeningWords.optional.text(language)) }
        if item.hasVisibilityRule { notes.append(ScreeningWords.visibleWhen.text(language)) }
        if item.hasValidationRule { notes.append(ScreeningWords.validated.text(language)) }
        var lines = ["\(item.id)  \(item.text.text(language))  [\(notes.joined(separator: "; "))]"]
        lines += item.options.map { optionLine($0, language) }
        for row in item.rows {
            let cells = item.columns.map { "\(row.id)\($0.suffix)" }.joined(separator: ", ")
            lines.append("    \(row.text.text(language)): \(cells)")
        }
        if let help = item.help { lines.append("    \(ScreeningWords.help.text(language)): \(help.text(language))") }
        return lines
    }

    /// `    2 = Ofte`, with the points where they differ from the code (a code counts as its own points).
    private static func optionLine(_ option: FlowOption, _ language: Language) -> String {
        var line = "    \(option.code.display) = \(option.text.text(language))"
        if let points = option.points, points != option.code.numberValue {
            line += " (" + ScreeningWords.points(ResultText.format(points, decimals: nil)).text(language) + ")"
        }
        return line
    }

    private static func range(_ item: FlowItem, _ language: Language) -> String? {
        switch item.kind {
        case .integer, .number:
            let minimum = item.minimum.map { ResultText.format($0, decimals: nil) } ?? ""
            let maximum = item.maximum.map { ResultText.format($0, decimals: nil) } ?? ""
            return minimum.isEmpty && maximum.isEmpty ? nil : "\(minimum)–\(maximum)"
        case .date:
            guard item.earliest != nil || item.latest != nil else { return nil }
            return "\(item.earliest?.description ?? "")–\(item.latest?.description ?? "")"
        case .grid:
            return item.columns.map {
                "\($0.text.text(language)) \($0.minimum ?? 0)–\($0.maximum.map(String.init) ?? "")"
            }
            .joined(separator: ", ")
        default:
            return nil
        }
    }
}
