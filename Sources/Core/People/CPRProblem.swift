// What can be wrong with a typed CPR number; the texts never repeat the number itself.

/// A CPR number that cannot be accepted. Thrown as `DomainError(field: "cpr", ...)`. The texts do not
/// quote the number, so an error message can be logged without leaking it.
public enum CPRProblem: LocalizedText, Hashable {
    /// Not ten digits, written `DDMMYYSSSS` or `DDMMYY-SSSS`.
    case wrongFormat
    /// The digits name a date of birth that does not exist (such as 30 February).
    case impossibleDate

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.wrongFormat, .danish):
            return "Et CPR-nummer består af 10 cifre, skrevet DDMMÅÅ-SSSS eller DDMMÅÅSSSS."
        case (.wrongFormat, .english):
            return "A CPR number has 10 digits, written DDMMYY-SSSS or DDMMYYSSSS."
        case (.impossibleDate, .danish):
            return "CPR-nummerets fødselsdato findes ikke."
        case (.impossibleDate, .english):
            return "The date of birth in the CPR number does not exist."
        }
    }
}
