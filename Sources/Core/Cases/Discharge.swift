// How a treatment case ended: the day, the reason, and the advice on where to find support later.

/// The end of a course. At discharge the citizen is advised where to find support later
/// (associations, aftercare, other offers); ``aftercareAdvice`` records what they were told.
public struct Discharge: Hashable, Codable, Sendable {
    public let day: Day
    public let reason: DischargeReason
    /// More about the reason, in the caseworker's words.
    public let note: String?
    /// Where the citizen was advised to find support later; nil only when the citizen died.
    public let aftercareAdvice: String?

    public init(day: Day, reason: DischargeReason, note: String?, aftercareAdvice: String?) {
        self.day = day
        self.reason = reason
        self.note = note
        self.aftercareAdvice = aftercareAdvice
    }
}
