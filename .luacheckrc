-- luacheck configuration for the Lua in this repository: Lua 5.4 with Tovholder's sandbox globals only.
std = "lua54"
-- The sandbox removes these; flag any use.
not_globals = { "io", "package", "debug", "dofile", "loadfile", "warn" }
read_globals = {
  os = { fields = { "time", "date", "clock", "difftime" } },
  string = { other_fields = false, fields = {
    "byte", "char", "find", "format", "gmatch", "gsub", "len", "lower", "match", "pack", "packsize", "rep",
    "reverse", "sub", "unpack", "upper" } },
}
max_line_length = 120
