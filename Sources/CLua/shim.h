/* The Lua 5.4 C API as Debian's liblua5.4-dev installs it (include path from pkg-config). */
#ifndef TOVHOLDER_CLUA_SHIM_H
#define TOVHOLDER_CLUA_SHIM_H
#include <lua.h>
#include <lualib.h>
#include <lauxlib.h>
#endif
