// What the report commands say about bad options, in Danish and English.
import Core

enum ReportWords: LocalizedText {
    case unknownFormat(String)
    case unknownCSVStyle(String)

    func text(_ language: Language) -> String {
        let danish = language == .danish
        switch self {
        case .unknownFormat(let format):
            return danish
                ? "'\(format)' er ikke et format (html, md, csv, json)"
                : "'\(format)' is not a format (html, md, csv, json)"
        case .unknownCSVStyle(let style):
            return danish
                ? "'\(style)' er ikke en CSV-form (danish, international)"
                : "'\(style)' is not a CSV form (danish, international)"
        }
    }
}
