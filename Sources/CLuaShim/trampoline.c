/* Host functions: the C trampoline between Lua and Swift, and locked read-only views of the
 * host's module tables. A Swift function never raises: it returns an error marker, and the
 * trampoline raises the Lua error after Swift's frames are gone. */
#include <stdatomic.h>
#include "runtime_internal.h"

static _Atomic(tvh_dispatch_fn) dispatch;

void tvh_set_dispatch(tvh_dispatch_fn fn) { atomic_store(&dispatch, fn); }

static int tvh_trampoline(lua_State *L) {
    tvh_runtime *rt = tvh_runtime_of(L);
    void *fn = lua_touserdata(L, lua_upvalueindex(1));
    lua_State *outer_thread = rt->host_thread;
    rt->host_thread = L;
    rt->host_depth++;
    int results = atomic_load_explicit(&dispatch, memory_order_relaxed)(L, fn);
    rt->host_depth--;
    rt->host_thread = outer_thread;
    if (results >= 0) return results;
    /* Swift has returned: raise its error here, blaming the Lua line that made the call. */
    if (lua_type(L, -1) == LUA_TSTRING) {
        luaL_where(L, 1);
        lua_insert(L, -2);
        lua_concat(L, 2);
    }
    return lua_error(L);
}

void tvh_push_host_function(lua_State *L, void *fn) {
    lua_pushlightuserdata(L, fn);
    lua_pushcclosure(L, tvh_trampoline, 1);
}

static int tvh_locked_newindex(lua_State *L) {
    const char *name = lua_tostring(L, lua_upvalueindex(1));
    return luaL_error(L, "attempt to modify the read-only table '%s'", name);
}

/* The iterator closes over the hidden table, so pairs() never hands the table itself out. */
static int tvh_locked_next(lua_State *L) {
    lua_settop(L, 2);
    if (lua_next(L, lua_upvalueindex(1))) return 2;
    lua_pushnil(L);
    return 1;
}

static int tvh_locked_pairs(lua_State *L) {
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushcclosure(L, tvh_locked_next, 1);
    lua_pushnil(L);
    lua_pushnil(L);
    return 3;
}

static int tvh_locked_len(lua_State *L) {
    lua_pushinteger(L, (lua_Integer)lua_rawlen(L, lua_upvalueindex(1)));
    return 1;
}

static int tvh_locked_tostring(lua_State *L) {
    lua_pushfstring(L, "%s (read-only)", lua_tostring(L, lua_upvalueindex(1)));
    return 1;
}

void tvh_push_locked_view(lua_State *L, int index, const char *name) {
    index = lua_absindex(L, index);
    lua_newuserdatauv(L, 0, 0);
    lua_createtable(L, 0, 6);
    lua_pushvalue(L, index);
    lua_setfield(L, -2, "__index");
    lua_pushstring(L, name);
    lua_pushcclosure(L, tvh_locked_newindex, 1);
    lua_setfield(L, -2, "__newindex");
    lua_pushvalue(L, index);
    lua_pushcclosure(L, tvh_locked_pairs, 1);
    lua_setfield(L, -2, "__pairs");
    lua_pushvalue(L, index);
    lua_pushcclosure(L, tvh_locked_len, 1);
    lua_setfield(L, -2, "__len");
    lua_pushstring(L, name);
    lua_pushcclosure(L, tvh_locked_tostring, 1);
    lua_setfield(L, -2, "__tostring");
    lua_pushstring(L, "locked");
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
}
