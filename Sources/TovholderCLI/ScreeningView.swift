// A screening response as people read it and as JSON programs read it.
import Core
import Foundation

/// A recommendation in JSON.
struct RecommendationView: Encodable {
    let code: String
    let text: String
    let to: String?
    let consent: String?

    init(_ recommendation: Recommendation, _ language: Language) {
        code = recommendation.code
        text = recommendation.text.text(language)
        to = recommendation.to
        consent = recommendation.consent?.rawValue
    }
}

/// One result (the original or a rescoring) in JSON.
struct ResultView: Encodable {
    let flow: String
    let flowVersion: String
    let pack: String?
    let packVersion: String?
    let scores: [String: Double?]
    let bands: [String: String]
    let flags: [String]
    let recommendations: [RecommendationView]
    let missing: [String]
    let hidden: [String]

    init(_ result: ScreeningResult, under flow: FlowReference, _ language: Language) {
        self.flow = flow.id
        flowVersion = flow.version.description
        pack = flow.pack
        packVersion = flow.packVersion?.description
        scores = Dictionary(uniqueKeysWithValues: result.scores.map { ($0.id, $0.value) })
        bands = result.bands
        flags = result.flags
        recommendations = result.recommendations.map { RecommendationView($0, language) }
        missing = result.missing
        hidden = result.hidden
    }

    enum CodingKeys: String, CodingKey {
        case flow, flowVersion = "flow_version", pack, packVersion = "pack_version", scores, bands, flags,
            recommendations, missing, hidden
    }
}

/// A response in JSON: `{"response_id": ..., "flow": "audit", "flow_version": ..., "scores": {...}, ...}`.
struct ResponseView: Encodable {
    let response: ScreeningResponse
    let rescorings: [Rescoring]?
    let language: Language

    enum CodingKeys: String, CodingKey {
        case responseID = "response_id", caseID = "case_id", day, status, answers, resumeAt = "resume_at"
        case completedAt = "completed_at", completedBy = "completed_by", rescorings
    }

    func encode(to encoder: any Encoder) throws {
        if let result = response.result {
            try ResultView(result, under: response.flow, language).encode(to: encoder)
        } else {
            var flow = encoder.container(keyedBy: ResultView.CodingKeys.self)
            try flow.encode(response.flow.id, forKey: .flow)
            try flow.encode(response.flow.version.description, forKey: .flowVersion)
            try flow.encodeIfPresent(response.flow.pack, forKey: .pack)
            try flow.encodeIfPresent(response.flow.packVersion?.description, forKey: .packVersion)
        }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(response.id?.rawValue, forKey: .responseID)
        try container.encode(response.caseID.rawValue, forKey: .caseID)
        try container.encode(response.day.description, forKey: .day)
        try container.encode(response.status.rawValue, forKey: .status)
        try container.encode(response.answers, forKey: .answers)
        try container.encodeIfPresent(response.resumeAt, forKey: .resumeAt)
        try container.encodeIfPresent(response.completedAt.map(Self.iso), forKey: .completedAt)
        try container.encodeIfPresent(response.completedBy, forKey: .completedBy)
        if let rescorings {
            try container.encode(
                rescorings.map { RescoringView(rescoring: $0, language: language) }, forKey: .rescorings)
        }
    }

    static func iso(_ date: Date) -> String { date.formatted(.iso8601) }
}

/// A rescoring in JSON: its id, when and by whom, and its result.
struct RescoringView: Encodable {
    let rescoring: Rescoring
    let language: Language

    enum CodingKeys: String, CodingKey { case rescoringID = "rescoring_id", responseID = "response_id", at, by }

    func encode(to encoder: any Encoder) throws {
        try ResultView(rescoring.result, under: rescoring.flow, language).encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rescoring.id?.rawValue, forKey: .rescoringID)
        try container.encode(rescoring.responseID.rawValue, forKey: .responseID)
        try container.encode(ResponseView.iso(rescoring.at), forKey: .at)
        try container.encode(rescoring.by, forKey: .by)
    }
}

/// The text people read for a result.
enum ResultText {
    /// Scores with their bands, then flags and recommendations, labelled by the flow.
    static func lines(
        _ result: ScreeningResult, scores: [ScoreDefinition], labels: (String) -> String, _ language: Language
    ) -> [String] {
        var lines = ["\(ScreeningWords.scores.text(language)):"]
        let width = scores.map { $0.text.text(language).count }.max() ?? 0
        for definition in scores {
            let name = definition.text.text(language)
            let padded = name + String(repeating: " ", count: max(0, width - name.count))
            let value = result.score(definition.id).map { format($0, decimals: definition.decimals) }
            var line = "  \(padded)  \(value ?? ScreeningWords.empty.text(language))"
            if let band = result.bands[definition.id] { line += "  (\(labels(band)))" }
            lines.append(line)
        }
        let flags = result.flags.map(labels).joined(separator: ", ")
        lines.append(
            "\(ScreeningWords.flags.text(language)): \(flags.isEmpty ? ScreeningWords.none.text(language) : flags)")
        lines.append(
            "\(ScreeningWords.recommendations.text(language)):"
                + (result.recommendations.isEmpty ? " \(ScreeningWords.none.text(language))" : ""))
        for recommendation in result.recommendations {
            var line = "  - \(recommendation.text.text(language))"
            if let consent = recommendation.consent {
                line += " (\(ScreeningWords.needsConsent(consent.displayName(language)).text(language)))"
            }
            lines.append(line)
        }
        if !result.hidden.isEmpty {
            lines.append(ScreeningWords.hiddenCounted(abbreviated(result.hidden)).text(language))
        }
        if !result.missing.isEmpty {
            lines.append(ScreeningWords.missingCounted(abbreviated(result.missing)).text(language))
        }
        return lines
    }

    /// At most ten ids, then how many there are in all (`--json` lists them all).
    static func abbreviated(_ ids: [String]) -> String {
        guard ids.count > 10 else { return ids.joined(separator: ", ") }
        return ids.prefix(10).joined(separator: ", ") + ", … (\(ids.count))"
    }

    /// `12`, or `0.4567` with the score's decimals.
    static func format(_ value: Double, decimals: Int?) -> String {
        if let decimals, decimals > 0 { return String(format: "%.\(decimals)f", value) }
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        return String(format: "%.4f", value)
    }
}
