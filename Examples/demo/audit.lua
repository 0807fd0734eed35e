-- Demo: score an AUDIT screening with a module from the script's own folder, as a municipality's flow would.
local audit = require("lib.audit")

local answers = { 3, 2, 2, 1, 1, 0, 2, 1, 2, 0 }
local result = audit.score(answers)
print(string.format("AUDIT-score %d (%s), screenet %s", result.total, result.band, os.date("!%Y-%m-%d")))
return result
