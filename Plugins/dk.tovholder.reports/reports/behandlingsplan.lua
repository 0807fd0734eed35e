-- The treatment plan (behandlingsplan) of a case as a document; with --for, the recipient's version.
local plandoc = require("plandoc")

return report.define {
  id = "behandlingsplan",
  title = { da = "Behandlingsplan", en = "Treatment plan" },
  parameters = { case = "required", ["for"] = "optional" },
  formats = { "html", "md", "json" },
  build = function(doc, params) plandoc.build("behandlingsplan", doc, params) end,
}
