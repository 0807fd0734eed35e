-- Demo: a script trying to reach files and processes finds nothing to use.
-- luacheck: ignore 113 143 (this script probes for the globals the sandbox removes)
local attempts = {
  io = io == nil and "mangler" or "TILGÆNGELIG",
  package = package == nil and "mangler" or "TILGÆNGELIG",
  debug = debug == nil and "mangler" or "TILGÆNGELIG",
  ["os.execute"] = os.execute == nil and "mangler" or "TILGÆNGELIG",
  bytecode = select(2, load(string.dump and "" or string.char(27) .. "Lua")) and "afvist" or "ACCEPTERET",
  ["string metatable"] = getmetatable("") == "locked" and "låst" or "ÅBEN",
}
return attempts
