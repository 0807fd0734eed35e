/* The per-state runtime: the capped allocator, protected calls with the message handler, and
 * the record of where the last error came from. */
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include "runtime_internal.h"

/* The allocator. Freeing and shrinking always succeed; growing fails once the script would pass
 * the cap, and keeps failing (the limit stays fired) until the host resets it. */
static void *tvh_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
    tvh_runtime *rt = ud;
    if (ptr == NULL) osize = 0; /* osize then encodes the object's type */
    if (nsize == 0) {
        free(ptr);
        rt->used -= osize;
        return NULL;
    }
    if (nsize > osize && rt->host_depth == 0 && rt->cap > 0) {
        size_t growth = nsize - osize;
        if (atomic_load(&rt->memory_hit) || rt->used > rt->cap || growth > rt->cap - rt->used) {
            if (!atomic_exchange(&rt->memory_hit, 1) && rt->main != NULL) tvh_stop_threads(rt);
            return NULL;
        }
    }
    void *block = realloc(ptr, nsize);
    if (block == NULL) return NULL;
    rt->used = rt->used - osize + nsize;
    if (rt->used > rt->peak) rt->peak = rt->used;
    return block;
}

lua_State *tvh_newstate(size_t memory_cap) {
    tvh_runtime *rt = calloc(1, sizeof(tvh_runtime));
    if (rt == NULL) return NULL;
    rt->cap = memory_cap;
    rt->host_depth = 1; /* Swift holds control until it calls into Lua */
    rt->count = 1000;
    lua_State *L = lua_newstate(tvh_alloc, rt);
    if (L == NULL) {
        free(rt);
        return NULL;
    }
    *(tvh_runtime **)lua_getextraspace(L) = rt; /* new threads copy the main thread's space */
    rt->main = L;
    return L;
}

static void tvh_clear_error(tvh_runtime *rt) {
    free(rt->error_source);
    free(rt->error_traceback);
    rt->error_source = NULL;
    rt->error_traceback = NULL;
    rt->error_line = 0;
    rt->error_prefix_length = 0;
}

void tvh_close(lua_State *L) {
    tvh_runtime *rt = tvh_runtime_of(L);
    tvh_disarm(L);
    rt->host_depth = 1;
    lua_close(L);
    tvh_clear_error(rt);
    free(rt);
}

void tvh_set_print(lua_State *L, tvh_print_fn fn, void *ctx) {
    tvh_runtime *rt = tvh_runtime_of(L);
    rt->print = fn;
    rt->print_ctx = ctx;
}

void tvh_set_memory_cap(lua_State *L, size_t cap) { tvh_runtime_of(L)->cap = cap; }
size_t tvh_memory_cap(lua_State *L) { return tvh_runtime_of(L)->cap; }
size_t tvh_memory_used(lua_State *L) { return tvh_runtime_of(L)->used; }
size_t tvh_memory_peak(lua_State *L) { return tvh_runtime_of(L)->peak; }

int tvh_gc_pause(lua_State *L, int paused) {
    int running = lua_gc(L, LUA_GCISRUNNING);
    lua_gc(L, paused ? LUA_GCSTOP : LUA_GCRESTART);
    return running;
}

tvh_limit tvh_limit_hit(lua_State *L) {
    tvh_runtime *rt = tvh_runtime_of(L);
    if (atomic_load(&rt->time_hit)) return TVH_LIMIT_TIME;
    if (atomic_load(&rt->memory_hit)) return TVH_LIMIT_MEMORY;
    return TVH_LIMIT_NONE;
}

void tvh_reset_limits(lua_State *L) {
    tvh_runtime *rt = tvh_runtime_of(L);
    int was_hit = atomic_load(&rt->time_hit) || atomic_load(&rt->memory_hit);
    atomic_store(&rt->time_hit, 0);
    atomic_store(&rt->memory_hit, 0);
    if (was_hit) {
        lua_sethook(L, NULL, 0, 0);
        /* Give back what the stopped script left behind. __gc is refused by the sandbox, so no
         * script code runs here. */
        int saved = rt->host_depth;
        rt->host_depth = 1;
        lua_gc(L, LUA_GCCOLLECT);
        rt->host_depth = saved;
    }
}

lua_State *tvh_current_thread(lua_State *L) {
    tvh_runtime *rt = tvh_runtime_of(L);
    return rt->host_thread != NULL ? rt->host_thread : rt->main;
}

const char *tvh_error_source(lua_State *L) { return tvh_runtime_of(L)->error_source; }
int tvh_error_line(lua_State *L) { return tvh_runtime_of(L)->error_line; }
size_t tvh_error_prefix_length(lua_State *L) { return tvh_runtime_of(L)->error_prefix_length; }
const char *tvh_error_traceback(lua_State *L) { return tvh_runtime_of(L)->error_traceback; }

static char *tvh_strdup(const char *s) {
    size_t n = strlen(s) + 1;
    char *copy = malloc(n);
    if (copy != NULL) memcpy(copy, s, n);
    return copy;
}

/* The full name of a chunk as the host gave it ("@file.lua" -> "file.lua"). */
static const char *tvh_source_name(const lua_Debug *ar) {
    if (ar->source[0] == '@' || ar->source[0] == '=') return ar->source + 1;
    return ar->short_src;
}

/* The innermost Lua function on L's stack with a current line: its chunk name and line. */
int tvh_caller(lua_State *L, const char **source, int *line) {
    lua_Debug ar;
    for (int level = 1; lua_getstack(L, level, &ar); level++) {
        if (!lua_getinfo(L, "Sl", &ar) || ar.currentline <= 0) continue;
        *source = tvh_source_name(&ar);
        *line = ar.currentline;
        return 1;
    }
    return 0;
}

/* The message handler. It finds the Lua frame the message's "chunk:line:" prefix points at
 * (or else the innermost Lua frame), records it and a traceback, and turns a non-string error
 * object into a string. The cap is lifted while it runs so the traceback can always be built. */
static int tvh_message_handler(lua_State *L) {
    tvh_runtime *rt = tvh_runtime_of(L);
    rt->host_depth++;
    tvh_clear_error(rt);
    if (lua_type(L, 1) != LUA_TSTRING) {
        if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING) {
            lua_replace(L, 1);
        } else {
            lua_settop(L, 1);
            lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
            lua_replace(L, 1);
        }
    }
    size_t msg_len = 0;
    const char *msg = lua_tolstring(L, 1, &msg_len);
    lua_Debug ar;
    int found = 0;
    for (int level = 1; lua_getstack(L, level, &ar); level++) {
        if (!lua_getinfo(L, "Sl", &ar) || ar.currentline <= 0) continue;
        char prefix[LUA_IDSIZE + 32];
        int n = snprintf(prefix, sizeof prefix, "%s:%d: ", ar.short_src, ar.currentline);
        int matches = n > 0 && (size_t)n <= msg_len && memcmp(msg, prefix, (size_t)n) == 0;
        if (!found || matches) {
            free(rt->error_source);
            rt->error_source = tvh_strdup(tvh_source_name(&ar));
            rt->error_line = ar.currentline;
            rt->error_prefix_length = matches ? (size_t)n : 0;
            found = 1;
        }
        if (matches) break;
    }
    luaL_traceback(L, L, NULL, 1);
    rt->error_traceback = tvh_strdup(lua_tostring(L, -1));
    lua_pop(L, 1);
    lua_settop(L, 1);
    rt->host_depth--;
    return 1;
}

int tvh_pcall(lua_State *L, int nargs, int nresults) {
    tvh_runtime *rt = tvh_runtime_of(L);
    int base = lua_gettop(L) - nargs; /* the function's index */
    lua_pushcfunction(L, tvh_message_handler);
    lua_insert(L, base);
    int saved = rt->host_depth;
    rt->host_depth = 0;
    int status = lua_pcall(L, nargs, nresults, base);
    rt->host_depth = saved;
    lua_remove(L, base);
    return status;
}

int tvh_load(lua_State *L, const char *buf, size_t len, const char *chunkname) {
    tvh_runtime *rt = tvh_runtime_of(L);
    tvh_clear_error(rt);
    int saved = rt->host_depth;
    rt->host_depth = 0;
    int status = luaL_loadbufferx(L, buf, len, chunkname, "t");
    rt->host_depth = saved;
    return status;
}

int tvh_cpcall(lua_State *L, lua_CFunction fn, void *ud) {
    lua_pushcfunction(L, fn);
    lua_pushlightuserdata(L, ud);
    return tvh_pcall(L, 1, 0);
}
