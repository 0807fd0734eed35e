// The payload of `screening.completed`: which response, under which flow, and what scoring it gave.
import Core

/// What a workflow learns when a screening is completed: the scores, bands, flags and
/// recommendations, never the answers. Encoded with snake_case keys.
public struct ScreeningCompleted: Codable, Sendable, Equatable {
    /// The event's kind.
    public static let kind = "screening.completed"

    /// A recommendation as the payload carries it: `to` and `consent` are null when absent.
    public struct Recommendation: Codable, Sendable, Equatable {
        public let code: String
        public let textDa: String
        public let textEn: String?
        public let to: String?
        public let consent: String?

        init(_ recommendation: Core.Recommendation) {
            code = recommendation.code
            textDa = recommendation.text.danish
            textEn = recommendation.text.english
            to = recommendation.to
            consent = recommendation.consent?.rawValue
        }

        enum CodingKeys: String, CodingKey {
            case code
            case textDa = "text_da"
            case textEn = "text_en"
            case to, consent
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(code, forKey: .code)
            try container.encode(textDa, forKey: .textDa)
            try container.encodeIfPresent(textEn, forKey: .textEn)
            try container.encode(to, forKey: .to)
            try container.encode(consent, forKey: .consent)
        }
    }

    public let responseID: ScreeningResponseID
    public let caseID: CaseID
    public let flow: String
    public let flowVersion: String
    /// The pack and its version; null for a flow loaded outside a pack.
    public let pack: String?
    public let packVersion: String?
    /// The day the screening concerns, `YYYY-MM-DD`.
    public let day: String
    /// Score id → value; null for a score the flow left empty.
    public let scores: [String: Double?]
    /// Score id → band code.
    public let bands: [String: String]
    public let flags: [String]
    public let recommendations: [Recommendation]

    /// The payload for a stored, completed response.
    init(_ response: ScreeningResponse, id: ScreeningResponseID, result: ScreeningResult) {
        responseID = id
        caseID = response.caseID
        flow = response.flow.id
        flowVersion = response.flow.version.description
        pack = response.flow.pack
        packVersion = response.flow.packVersion?.description
        day = response.day.description
        scores = Dictionary(result.scores.map { ($0.id, $0.value) }, uniquingKeysWith: { first, _ in first })
        bands = result.bands
        flags = result.flags
        recommendations = result.recommendations.map(Recommendation.init)
    }

    enum CodingKeys: String, CodingKey {
        case responseID = "response_id"
        case caseID = "case_id"
        case flow
        case flowVersion = "flow_version"
        case pack
        case packVersion = "pack_version"
        case day, scores, bands, flags, recommendations
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(responseID, forKey: .responseID)
        try container.encode(caseID, forKey: .caseID)
        try container.encode(flow, forKey: .flow)
        try container.encode(flowVersion, forKey: .flowVersion)
        try container.encode(pack, forKey: .pack)
        try container.encode(packVersion, forKey: .packVersion)
        try container.encode(day, forKey: .day)
        try container.encode(scores, forKey: .scores)
        try container.encode(bands, forKey: .bands)
        try container.encode(flags, forKey: .flags)
        try container.encode(recommendations, forKey: .recommendations)
    }
}
