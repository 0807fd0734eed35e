// A flow's result as a spec sees it: scores, bands, flags and recommendations in plain Lua tables.
import Core
import Lua

/// Converts what a flow produced into the table `flows.evaluate` returns. Texts are Danish.
enum SpecResultValue {
    /// `{ scores = {...}, bands = {...}, flags = {...}, recommendations = {...}, missing = {...},
    /// hidden = {...} }`, or `{ refused = true, missing = {...} }` / `{ refused = true, invalid = { id =, message = } }`.
    static func evaluation(_ evaluation: FlowEvaluation) -> LuaValue {
        switch evaluation {
        case .scored(let result):
            return self.result(result)
        case .missingAnswers(let ids):
            return table(["refused": .boolean(true), "missing": list(ids)])
        case .invalidAnswer(let id, let message):
            return table([
                "refused": .boolean(true),
                "invalid": table(["id": .string(id), "message": .string(message.text(.danish))]),
            ])
        }
    }

    static func result(_ result: ScreeningResult) -> LuaValue {
        var scores: [String: LuaValue] = [:]
        for score in result.scores {
            // A whole number reads back as a Lua integer (`2`, not `2.0`), as the flow computed it.
            guard let value = score.value else { continue }
            scores[score.id] = value.rounded() == value && abs(value) < 1e15 ? .integer(Int64(value)) : .number(value)
        }
        let recommendations = result.recommendations.map { recommendation in
            var fields: [String: LuaValue] = [
                "code": .string(recommendation.code), "text": .string(recommendation.text.text(.danish)),
            ]
            if let to = recommendation.to { fields["to"] = .string(to) }
            if let consent = recommendation.consent { fields["consent"] = .string(consent.rawValue) }
            return table(fields)
        }
        return table([
            "scores": table(scores), "bands": table(result.bands.mapValues(LuaValue.string)),
            "flags": list(result.flags), "recommendations": .table(LuaTable(array: recommendations)),
            "missing": list(result.missing), "hidden": list(result.hidden),
        ])
    }

    private static func table(_ fields: [String: LuaValue]) -> LuaValue {
        .table(LuaTable(fields: Dictionary(uniqueKeysWithValues: fields.map { (LuaKey.string($0.key), $0.value) })))
    }

    private static func list(_ strings: [String]) -> LuaValue {
        .table(LuaTable(array: strings.map(LuaValue.string)))
    }
}
