// Checking an answer against its item in Swift: kind, range, options, dates, lengths.
import Foundation

extension FlowItem {
    /// Checks `input` as the answer under `answerID` (the item's id, or one of a grid's cells)
    /// and returns the answer to store; nil for `null`, which leaves the item unanswered.
    /// - Throws: `DomainError` whose field is `answerID`.
    public func check(_ input: AnswerInput, answerID: String) throws -> Answer? {
        func fail(_ problem: ScreeningProblem) -> DomainError { DomainError(field: answerID, problem) }
        if case .null = input { return nil }
        switch kind {
        case .section:
            throw fail(.sectionTakesNoAnswer)
        case .choice:
            return try checkCode(input, fail: fail)
        case .multi:
            guard case .list(let elements) = input else { throw fail(.wrongType(expected: kind, got: input.display)) }
            var codes: [Answer] = []
            for element in elements {
                let code = try checkCode(element, fail: fail)
                if codes.contains(code) { throw fail(.duplicateSelection(code.display)) }
                codes.append(code)
            }
            if let minimum, Double(codes.count) < minimum { throw fail(.tooFewSelections(Int(minimum))) }
            if let maximum, Double(codes.count) > maximum { throw fail(.tooManySelections(Int(maximum))) }
            return .list(codes)
        case .yesno:
            switch input {
            case .boolean(let value): return .integer(value ? 1 : 0)
            default:
                guard let value = input.wholeNumber, value == 0 || value == 1 else {
                    throw fail(.wrongType(expected: kind, got: input.display))
                }
                return .integer(value)
            }
        case .integer:
            guard let value = input.wholeNumber else { throw fail(.wrongType(expected: kind, got: input.display)) }
            try checkRange(Double(value), minimum: minimum, maximum: maximum, fail: fail)
            return .integer(value)
        case .grid:
            guard let value = input.wholeNumber else { throw fail(.wrongType(expected: kind, got: input.display)) }
            let column = gridColumn(answering: answerID)
            try checkRange(
                Double(value), minimum: column?.minimum.map(Double.init), maximum: column?.maximum.map(Double.init),
                fail: fail)
            return .integer(value)
        case .number:
            let value: Double
            switch input {
            case .integer(let integer): value = Double(integer)
            case .number(let number) where number.isFinite: value = number
            default: throw fail(.wrongType(expected: kind, got: input.display))
            }
            try checkRange(value, minimum: minimum, maximum: maximum, fail: fail)
            if let decimals, Self.decimals(of: value) > decimals { throw fail(.tooManyDecimals(decimals)) }
            return value.rounded() == value && abs(value) < 1e15 ? .integer(Int64(value)) : .number(value)
        case .date:
            guard case .text(let text) = input else { throw fail(.wrongType(expected: kind, got: input.display)) }
            guard let day = Day(text) else { throw fail(.notADate(text)) }
            if let earliest, day < earliest { throw fail(.dateBefore(earliest)) }
            if let latest, day > latest { throw fail(.dateAfter(latest)) }
            return .text(day.description)
        case .text:
            guard case .text(let text) = input else { throw fail(.wrongType(expected: kind, got: input.display)) }
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { throw fail(.emptyText) }
            guard trimmed.count <= maxLength else { throw fail(.textTooLong(maxLength)) }
            return .text(trimmed)
        }
    }

    /// The grid column whose cell takes `answerID`.
    public func gridColumn(answering answerID: String) -> FlowGridColumn? {
        for row in rows {
            for column in columns where row.id + column.suffix == answerID { return column }
        }
        return nil
    }

    private func checkCode(_ input: AnswerInput, fail: (ScreeningProblem) -> DomainError) throws -> Answer {
        let candidate: Answer
        if let value = input.wholeNumber {
            candidate = .integer(value)
        } else if case .text(let text) = input {
            candidate = .text(text)
        } else {
            throw fail(.wrongType(expected: kind, got: input.display))
        }
        guard option(candidate) != nil else {
            throw fail(.notAnOption(candidate.display, options: options.map(\.code.display)))
        }
        return candidate
    }

    private func checkRange(
        _ value: Double, minimum: Double?, maximum: Double?, fail: (ScreeningProblem) -> DomainError
    ) throws {
        if let minimum, value < minimum { throw fail(.belowMinimum(Self.format(minimum))) }
        if let maximum, value > maximum { throw fail(.aboveMaximum(Self.format(maximum))) }
    }

    static func format(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// The decimals `value` needs when written in the shortest form that reads back equal.
    static func decimals(of value: Double) -> Int {
        let text = "\(value)"
        guard !text.contains("e"), let dot = text.firstIndex(of: ".") else { return 0 }
        let fraction = text[text.index(after: dot)...]
        return fraction == "0" ? 0 : fraction.count
    }
}
