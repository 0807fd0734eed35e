-- luacheck configuration for flows: the sandbox's globals plus the screening library.
std = "lua54"
not_globals = { "io", "package", "debug", "dofile", "loadfile", "warn" }
read_globals = { "screening", os = { fields = { "time", "date", "clock", "difftime" } } }
max_line_length = 140
