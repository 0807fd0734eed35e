// Asking a flow's items one at a time in a terminal: numbered options, back, skip, help, save and quit.
import Core
import Foundation
import Scripting

/// An interactive screening: asks each visible item in order, checks every answer at once (in
/// Swift, then the item's own rule), and ends either completed or saved part-way. It touches no
/// database; the command stores what it returns in one transaction.
final class InteractiveScreening {
    enum Outcome {
        case completed([String: Answer])
        case saved([String: Answer], resumeAt: String?)
    }

    let flow: LoadedFlow
    let context: ScreeningContext
    let language: Language
    private(set) var answers: [String: Answer]
    private var history: [String] = []
    private var shownSections = Set<Int>()
    private let order: [String: Int]
    /// Writes text as given (a prompt stays on its line).
    private let output: (String) -> Void

    init(
        flow: LoadedFlow, context: ScreeningContext, answers: [String: Answer], language: Language,
        output: @escaping (String) -> Void
    ) {
        self.flow = flow
        self.context = context
        self.answers = answers
        self.language = language
        self.output = output
        order = Dictionary(uniqueKeysWithValues: flow.definition.answerIDs.enumerated().map { ($1, $0) })
    }

    /// Runs until every visible item is answered (or skipped where allowed), or the person saves
    /// and quits (`q`, or the end of input).
    func run(startingAt start: String?) throws -> Outcome {
        say(ScreeningWords.instructions.text(language))
        var current = try start.flatMap { order[$0] != nil ? $0 : nil } ?? nextStep(after: nil)
        while true {
            while let id = current {
                guard let step = try ask(id) else { return .saved(answers, resumeAt: id) }
                current = step
            }
            switch try flow.evaluate(try countedAnswers(), context: context) {
            case .scored: return .completed(try countedAnswers())
            case .missingAnswers(let ids):
                say(ScreeningWords.invalidAnswer(ScreeningProblem.missingAnswers(ids).text(language)).text(language))
                current = ids.first
            case .invalidAnswer(let id, let message):
                say(ScreeningWords.invalidAnswer("\(id): \(message.text(language))").text(language))
                current = id
            }
        }
    }

    /// Asks the item taking `id` until it gets an answer or a command; returns the next step, or
    /// nil to save and quit. (The next step of the last item is `id` itself past the end: nil
    /// from ``nextStep(after:)`` ends the loop through ``run``.)
    private func ask(_ id: String) throws -> String?? {
        guard let item = flow.definition.item(answering: id) else { return .some(nil) }
        showSection(before: item)
        let steps = try visibleSteps()
        let number = (steps.firstIndex(of: id) ?? steps.count) + 1
        say("")
        say("\(ScreeningWords.progress(number, steps.count).text(language)) \(prompt(item, id))")
        for (index, option) in item.options.enumerated() {
            say("  \(index + 1)) \(option.text.text(language))")
        }
        if let existing = answers[id] { say("  = \(display(existing, item))") }
        while true {
            output("> ")
            guard let line = readLine() else { return nil }
            let typed = line.trimmingCharacters(in: .whitespaces)
            switch typed.lowercased() {
            case "q":
                return nil
            case "<":
                guard let previous = history.popLast() else {
                    say(ScreeningWords.nothingToGoBackTo.text(language))
                    continue
                }
                return .some(previous)
            case ">":
                guard item.optional || flow.definition.policies.missing != .error else {
                    say(ScreeningWords.cannotSkip.text(language))
                    continue
                }
                answers[id] = nil
                history.append(id)
                return .some(try nextStep(after: id))
            case "?":
                say(item.help?.text(language) ?? ScreeningWords.none.text(language))
                continue
            case "":
                guard answers[id] != nil else { continue }
                history.append(id)
                return .some(try nextStep(after: id))
            default:
                guard isOptionNumbers(typed, for: item) else {
                    say(ScreeningWords.typeOptionNumber(item.options.count).text(language))
                    continue
                }
                do {
                    guard let answer = try item.check(input(typed, for: item), answerID: id) else { continue }
                    if let message = try flow.validate(id, answer, answers: answers, context: context) {
                        say(ScreeningWords.invalidAnswer(message.text(language)).text(language))
                        continue
                    }
                    answers[id] = answer
                    history.append(id)
                    return .some(try nextStep(after: id))
                } catch let error as DomainError {
                    say(ScreeningWords.invalidAnswer(error.problem.text(language)).text(language))
                }
            }
        }
    }

    /// Writes a line.
    private func say(_ line: String) { output(line + "\n") }

    /// The question, with the cell's row and column for a grid.
    private func prompt(_ item: FlowItem, _ id: String) -> String {
        var text = item.text.text(language)
        if item.kind == .grid, let column = item.gridColumn(answering: id),
            let row = item.rows.first(where: { $0.id + column.suffix == id })
        {
            text += " – \(row.text.text(language)), \(column.text.text(language))"
            if let minimum = column.minimum, let maximum = column.maximum { text += " (\(minimum)–\(maximum))" }
        }
        switch item.kind {
        case .yesno: text += language == .danish ? " (j/n)" : " (y/n)"
        case .integer, .number:
            if let minimum = item.minimum, let maximum = item.maximum {
                text += " (\(ResultText.format(minimum, decimals: nil))–\(ResultText.format(maximum, decimals: nil)))"
            }
            if let unit = item.unit { text += " \(unit.text(language))" }
        case .date: text += language == .danish ? " (ÅÅÅÅ-MM-DD)" : " (YYYY-MM-DD)"
        case .multi: text += language == .danish ? " (numre adskilt af komma)" : " (numbers separated by commas)"
        default: break
        }
        return text
    }

    /// Whether what was typed for a choice (or each part, for a multiple choice) is one of the option
    /// numbers shown; always true for other kinds.
    private func isOptionNumbers(_ typed: String, for item: FlowItem) -> Bool {
        let parts: [Substring]
        switch item.kind {
        case .choice: parts = [Substring(typed)]
        case .multi: parts = typed.split(separator: ",")
        default: return true
        }
        return parts.allSatisfy { part in
            Int(part.trimmingCharacters(in: .whitespaces)).map { (1...item.options.count).contains($0) } ?? false
        }
    }

    /// What the person typed, as the input the item checks: an option's number becomes its code.
    private func input(_ typed: String, for item: FlowItem) -> AnswerInput {
        func option(_ text: String) -> AnswerInput {
            if let number = Int(text), (1...item.options.count).contains(number) {
                switch item.options[number - 1].code {
                case .integer(let code): return .integer(code)
                case .text(let code): return .text(code)
                default: break
                }
            }
            return .text(text)
        }
        switch item.kind {
        case .choice: return option(typed)
        case .multi:
            return .list(typed.split(separator: ",").map { option($0.trimmingCharacters(in: .whitespaces)) })
        case .yesno:
            switch typed.lowercased() {
            case "j", "ja", "y", "yes", "1": return .integer(1)
            case "n", "nej", "no", "0": return .integer(0)
            default: return .text(typed)
            }
        case .integer, .grid, .number:
            if let integer = Int64(typed) { return .integer(integer) }
            if let number = Double(typed.replacingOccurrences(of: ",", with: ".")) { return .number(number) }
            return .text(typed)
        default: return .text(typed)
        }
    }

    private func display(_ answer: Answer, _ item: FlowItem) -> String {
        if let option = item.option(answer) { return option.text.text(language) }
        return answer.display
    }

    /// Prints the header of the section `item` is in, once, when it is visible.
    private func showSection(before item: FlowItem) {
        guard let index = flow.definition.items.firstIndex(of: item),
            let section = flow.definition.items[..<index].lastIndex(where: { $0.kind == .section }),
            shownSections.insert(section).inserted
        else { return }
        let header = flow.definition.items[section]
        say("")
        say("== \(header.text.text(language)) ==")
        if let help = header.help { say(help.text(language)) }
    }

    /// The answer ids of the visible items, in order.
    private func visibleSteps() throws -> [String] {
        let visible = try flow.visibleItems(answers, context: context)
        return visible.flatMap { flow.definition.items[$0].answerIDs }
    }

    /// The first visible step after `id` in the flow's order (the first step for nil).
    private func nextStep(after id: String?) throws -> String? {
        let position = id.flatMap { order[$0] } ?? -1
        return try visibleSteps().first { (order[$0] ?? 0) > position }
    }

    /// The answers of the items visible now: what the response keeps.
    private func countedAnswers() throws -> [String: Answer] {
        let visible = Set(try visibleSteps())
        return answers.filter { visible.contains($0.key) }
    }
}
