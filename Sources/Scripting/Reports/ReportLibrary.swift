// The report library's Lua source (embedded from report.lua) and the chunk that loads a report file.

/// The Lua every report state starts with.
enum ReportLibrary {
    /// The library report files see as the global `report` (Sources/Scripting/Reports/report.lua).
    static let source = String(decoding: PackageResources.report_lua, as: UTF8.self)
    static let chunkName = "report.lua"

    /// Runs the library, sets the `report` global, runs the report file, and returns its definition
    /// and a function that builds a document: `run(language, parameters)` → the document table.
    /// The document constructor is taken before the file runs, so a report cannot replace it.
    static let bootstrap = """
        local library_chunk, report_chunk = ...
        local library = library_chunk()
        local document = library._document
        library._document = nil
        report = library
        local definition = report_chunk()
        if type(definition) ~= "table" or type(definition.build) ~= "function" then
          error("a report file must return report.define { id =, title =, build = }", 0)
        end
        return definition, function(language, parameters)
          local doc = document(language)
          definition.build(doc, parameters)
          return doc
        end
        """
}
