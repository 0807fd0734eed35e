-- The action plan (handleplan, Serviceloven § 141) of a case as a document; with --for, the recipient's version.
local plandoc = require("plandoc")

return report.define {
  id = "handleplan",
  title = { da = "Handleplan (SEL § 141)", en = "Action plan (Social Services Act § 141)" },
  parameters = { case = "required", ["for"] = "optional" },
  formats = { "html", "md", "json" },
  build = function(doc, params) plandoc.build("handleplan", doc, params) end,
}
