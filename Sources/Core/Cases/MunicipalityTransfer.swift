// One move of a treatment case from one acting municipality to another.

/// The case moved from the acting municipality ``from`` to ``to`` on ``day``.
public struct MunicipalityTransfer: Hashable, Codable, Sendable {
    public let from: MunicipalityCode
    public let to: MunicipalityCode
    public let day: Day

    public init(from: MunicipalityCode, to: MunicipalityCode, day: Day) {
        self.from = from
        self.to = to
        self.day = day
    }
}
