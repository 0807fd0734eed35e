// The JSON rendering: the document's own data, for other systems.
import Foundation

/// Writes the document as JSON with snake_case keys, sorted, so equal documents give equal files.
/// Cells keep their type: `{"integer": 12}`, `{"text": "x"}`, `"suppressed"`.
public struct JSONRenderer: Sendable {
    public init() {}

    public func render(_ document: ReportDocument) throws -> RenderedFile {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        var data = try encoder.encode(document)
        data.append(0x0A)
        return RenderedFile(name: document.id + ".json", contents: Array(data))
    }
}
