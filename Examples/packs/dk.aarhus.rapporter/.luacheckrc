-- luacheck configuration for workflows: the sandbox's globals plus the host API's, from the generated
-- standard beside this file (`tovholder pack luacheck-std --out tovholder_std.lua` rewrites it).
stds.tovholder = dofile("../../../Plugins/dk.tovholder.kip/tovholder_std.lua")
std = "lua54+tovholder"
not_globals = { "io", "package", "debug", "dofile", "loadfile", "warn" }
read_globals = { os = { fields = { "time", "date", "clock", "difftime" } } }
max_line_length = 140
