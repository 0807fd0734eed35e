// The kinds of item a screening flow can ask, as flow files name them.

/// What kind of answer an item takes. Raw values are the names flow files use (`kind = "choice"`).
public enum FlowItemKind: String, CaseIterable, Codable, Hashable, Sendable {
    /// A header with help text; takes no answer.
    case section
    /// One of coded options, each worth points.
    case choice
    /// Any number of coded options.
    case multi
    /// Yes (1) or no (0).
    case yesno
    case integer
    case number
    /// A day, `YYYY-MM-DD`.
    case date
    /// Free text.
    case text
    /// A table of whole numbers: one cell per row and column (the ASI's substance grid).
    case grid

    /// What an answer of this kind looks like, for messages: "et helt tal", "a whole number".
    public func answerDescription(_ language: Language) -> String {
        switch (self, language) {
        case (.section, .danish): "intet svar"
        case (.section, .english): "no answer"
        case (.choice, .danish): "en af svarmulighedernes koder"
        case (.choice, .english): "one of the options' codes"
        case (.multi, .danish): "en liste af svarmulighedernes koder"
        case (.multi, .english): "a list of the options' codes"
        case (.yesno, .danish): "1 (ja) eller 0 (nej)"
        case (.yesno, .english): "1 (yes) or 0 (no)"
        case (.integer, .danish), (.grid, .danish): "et helt tal"
        case (.integer, .english), (.grid, .english): "a whole number"
        case (.number, .danish): "et tal"
        case (.number, .english): "a number"
        case (.date, .danish): "en dato (ÅÅÅÅ-MM-DD)"
        case (.date, .english): "a date (YYYY-MM-DD)"
        case (.text, .danish): "en tekst"
        case (.text, .english): "a text"
        }
    }
}
