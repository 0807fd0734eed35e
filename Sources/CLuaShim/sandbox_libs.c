/* The sandbox's C-level builtins: opening only the allowed standard libraries, print to the
 * host's sink, setmetatable without __gc, xpcall whose handler cannot outlive a limit, and
 * coroutine.resume/close that keep the limits in force inside coroutines. The Lua prelude
 * (LuaSandbox.swift) does the rest. */
#include <stdio.h>
#include "runtime_internal.h"

/* The standard libraries a script may have. io, package and debug are never opened. */
static const luaL_Reg allowed_libraries[] = {
    {LUA_GNAME, luaopen_base},
    {LUA_STRLIBNAME, luaopen_string},
    {LUA_TABLIBNAME, luaopen_table},
    {LUA_MATHLIBNAME, luaopen_math},
    {LUA_UTF8LIBNAME, luaopen_utf8},
    {LUA_COLIBNAME, luaopen_coroutine},
    {LUA_OSLIBNAME, luaopen_os}, /* trimmed to time, date, clock and difftime by the prelude */
    {NULL, NULL},
};

static int tvh_print(lua_State *L) {
    tvh_runtime *rt = tvh_runtime_of(L);
    int n = lua_gettop(L);
    luaL_Buffer buffer;
    luaL_buffinit(L, &buffer);
    for (int i = 1; i <= n; i++) {
        if (i > 1) luaL_addchar(&buffer, '\t');
        luaL_tolstring(L, i, NULL);
        luaL_addvalue(&buffer);
    }
    luaL_pushresult(&buffer);
    size_t len = 0;
    const char *text = lua_tolstring(L, -1, &len);
    lua_Debug ar;
    const char *chunk = "?";
    int line = 0;
    if (lua_getstack(L, 1, &ar) && lua_getinfo(L, "Sl", &ar)) {
        chunk = (ar.source[0] == '@' || ar.source[0] == '=') ? ar.source + 1 : ar.short_src;
        line = ar.currentline;
    }
    if (rt->print != NULL) {
        rt->print(rt->print_ctx, chunk, line, text, len);
    } else {
        fprintf(stderr, "[%s:%d] ", chunk, line);
        fwrite(text, 1, len, stderr);
        fputc('\n', stderr);
    }
    return 0;
}

/* setmetatable, refusing __gc: a finalizer would run script code at moments no deadline covers
 * (a garbage collection during host code, or closing the state). */
static int tvh_setmetatable(lua_State *L) {
    if (lua_type(L, 2) == LUA_TTABLE) {
        lua_pushliteral(L, "__gc");
        if (lua_rawget(L, 2) != LUA_TNIL)
            return luaL_error(L, "__gc metamethods are not allowed in the sandbox");
        lua_pop(L, 1);
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

/* The message handler xpcall really installs: once a limit has fired it hands the error on
 * untouched instead of running the script's handler. An error raised from a hook runs the
 * handler with hooks off, so a looping handler could otherwise never be stopped. */
static int tvh_guarded_handler(lua_State *L) {
    tvh_runtime *rt = tvh_runtime_of(L);
    if (atomic_load(&rt->time_hit) || atomic_load(&rt->memory_hit)) return 1;
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

/* Ends xpcall, directly or after a yield inside it: `true, results...` or `false, error`. */
static int tvh_xpcall_finish(lua_State *L, int status, lua_KContext first_result) {
    if (status != LUA_OK && status != LUA_YIELD) {
        lua_pushboolean(L, 0);
        lua_pushvalue(L, -2);
        return 2;
    }
    return lua_gettop(L) - (int)first_result;
}

/* xpcall(f, handler, ...) with the handler guarded; yields inside f work as with Lua's own. */
static int tvh_xpcall(lua_State *L) {
    int arguments = lua_gettop(L);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushvalue(L, 2);
    lua_pushcclosure(L, tvh_guarded_handler, 1);
    lua_replace(L, 2);             /* stack: f, guarded, args... */
    lua_pushboolean(L, 1);         /* the first result if all goes well */
    lua_pushvalue(L, 1);
    lua_rotate(L, 3, 2);           /* stack: f, guarded, true, f, args... */
    int status = lua_pcallk(L, arguments - 2, LUA_MULTRET, 2, 2, tvh_xpcall_finish);
    return tvh_xpcall_finish(L, status, 2);
}

/* Makes `co` the coroutine the watchdog stops if the deadline passes while it runs. */
static lua_State *tvh_enter_coroutine(lua_State *L, tvh_runtime *rt, lua_State *co) {
    /* A coroutine runs under its resumer's hook (the limit hook, or the count hook). */
    if (lua_gethook(co) != lua_gethook(L) || lua_gethookmask(co) != lua_gethookmask(L))
        lua_sethook(co, lua_gethook(L), lua_gethookmask(L), lua_gethookcount(L));
    lua_State *previous = atomic_exchange(&rt->running, co);
    if (atomic_load(&rt->time_hit) || atomic_load(&rt->memory_hit))
        lua_sethook(co, tvh_limit_hook, LUA_MASKCOUNT | LUA_MASKCALL, 1);
    return previous;
}

static void tvh_leave_coroutine(tvh_runtime *rt, lua_State *previous) {
    atomic_store(&rt->running, previous);
    /* The watchdog may be installing its hook on the coroutine we just left; that coroutine
     * must stay alive until it is done. */
    while (atomic_load(&rt->stopping)) {
    }
}

static int tvh_co_resume(lua_State *L) {
    lua_State *co = lua_tothread(L, 1);
    luaL_argexpected(L, co != NULL, 1, "coroutine");
    tvh_runtime *rt = tvh_runtime_of(L);
    int narg = lua_gettop(L) - 1;
    if (!lua_checkstack(co, narg)) {
        lua_pushboolean(L, 0);
        lua_pushliteral(L, "too many arguments to resume");
        return 2;
    }
    lua_xmove(L, co, narg);
    lua_State *previous = tvh_enter_coroutine(L, rt, co);
    int nres = 0;
    int status = lua_resume(co, L, narg, &nres);
    tvh_leave_coroutine(rt, previous);
    if (atomic_load(&rt->time_hit) || atomic_load(&rt->memory_hit)) return tvh_raise_limit(L, rt);
    if (status == LUA_OK || status == LUA_YIELD) {
        if (!lua_checkstack(L, nres + 1)) {
            lua_pop(co, nres);
            lua_pushboolean(L, 0);
            lua_pushliteral(L, "too many results to resume");
            return 2;
        }
        lua_pushboolean(L, 1);
        lua_xmove(co, L, nres);
        return nres + 1;
    }
    lua_pushboolean(L, 0);
    lua_xmove(co, L, 1);
    return 2;
}

static int tvh_co_close(lua_State *L) {
    lua_State *co = lua_tothread(L, 1);
    luaL_argexpected(L, co != NULL, 1, "coroutine");
    tvh_runtime *rt = tvh_runtime_of(L);
    lua_Debug ar;
    if (co == L) return luaL_error(L, "cannot close a running coroutine");
    if (lua_status(co) == LUA_OK && lua_getstack(co, 0, &ar))
        return luaL_error(L, "cannot close a normal coroutine");
    lua_State *previous = tvh_enter_coroutine(L, rt, co);
#if LUA_VERSION_RELEASE_NUM >= 50406
    int status = lua_closethread(co, L);
#else
    int status = lua_resetthread(co);
#endif
    tvh_leave_coroutine(rt, previous);
    if (atomic_load(&rt->time_hit) || atomic_load(&rt->memory_hit)) return tvh_raise_limit(L, rt);
    if (status == LUA_OK) {
        lua_pushboolean(L, 1);
        return 1;
    }
    lua_pushboolean(L, 0);
    lua_xmove(co, L, 1);
    return 2;
}

static int tvh_open_libs(lua_State *L) {
    for (const luaL_Reg *lib = allowed_libraries; lib->func != NULL; lib++) {
        luaL_requiref(L, lib->name, lib->func, 1);
        lua_pop(L, 1);
    }
    lua_pushcfunction(L, tvh_print);
    lua_setglobal(L, "print");
    lua_getglobal(L, "setmetatable");
    lua_pushcclosure(L, tvh_setmetatable, 1);
    lua_setglobal(L, "setmetatable");
    lua_pushcfunction(L, tvh_xpcall);
    lua_setglobal(L, "xpcall");
    lua_getglobal(L, LUA_COLIBNAME);
    lua_pushcfunction(L, tvh_co_resume);
    lua_setfield(L, -2, "resume");
    lua_pushcfunction(L, tvh_co_close);
    lua_setfield(L, -2, "close");
    lua_pop(L, 1);
    return 0;
}

int tvh_open_sandbox_libs(lua_State *L) {
    lua_pushcfunction(L, tvh_open_libs);
    return tvh_pcall(L, 0, 0);
}
