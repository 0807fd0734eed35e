/* The C side of the Lua bridge: wrappers for Lua's function-like macros, and the runtime that
 * Swift cannot safely be part of (allocator with a cap, time-limit watchdog, trampolines that raise
 * Lua errors only after Swift has returned, and the sandbox's C-level builtins). */
#ifndef TOVHOLDER_CLUASHIM_H
#define TOVHOLDER_CLUASHIM_H

#include <stddef.h>
#include <stdint.h>
#include <lua.h>
#include <lualib.h>
#include <lauxlib.h>

/* ---------------------------------------------------------------------------------------------
 * Macro wrappers: Swift cannot import Lua's function-like macros.
 * ------------------------------------------------------------------------------------------- */

static inline void tvh_pop(lua_State *L, int n) { lua_pop(L, n); }
static inline void tvh_newtable(lua_State *L) { lua_newtable(L); }
static inline int tvh_upvalueindex(int i) { return lua_upvalueindex(i); }
static inline int tvh_registryindex(void) { return LUA_REGISTRYINDEX; }
static inline const char *tvh_tolstring(lua_State *L, int i, size_t *len) { return lua_tolstring(L, i, len); }
static inline lua_Integer tvh_tointegerx(lua_State *L, int i, int *isnum) { return lua_tointegerx(L, i, isnum); }
static inline lua_Number tvh_tonumberx(lua_State *L, int i, int *isnum) { return lua_tonumberx(L, i, isnum); }
/* Reads an integer argument as luaL_checkinteger does (a numeric string converts): *status is
 * 0 (ok), 1 (not a number) or 2 (a number without an integer value). */
static inline lua_Integer tvh_tointeger_arg(lua_State *L, int i, int *status) {
    int isnum = 0;
    lua_Integer value = lua_tointegerx(L, i, &isnum);
    if (isnum) {
        *status = 0;
        return value;
    }
    *status = lua_isnumber(L, i) ? 2 : 1;
    return 0;
}
static inline int tvh_isnoneornil(lua_State *L, int i) { return lua_isnoneornil(L, i); }
static inline void tvh_insert(lua_State *L, int i) { lua_insert(L, i); }
static inline void tvh_remove(lua_State *L, int i) { lua_remove(L, i); }
static inline void tvh_replace(lua_State *L, int i) { lua_replace(L, i); }
static inline void tvh_pushglobaltable(lua_State *L) { lua_pushglobaltable(L); }
static inline int tvh_ref(lua_State *L) { return luaL_ref(L, LUA_REGISTRYINDEX); }
static inline void tvh_unref(lua_State *L, int ref) { luaL_unref(L, LUA_REGISTRYINDEX, ref); }
static inline int tvh_getref(lua_State *L, int ref) { return lua_rawgeti(L, LUA_REGISTRYINDEX, ref); }
static inline int tvh_noref(void) { return LUA_NOREF; }
static inline int tvh_multret(void) { return LUA_MULTRET; }

/* ---------------------------------------------------------------------------------------------
 * The runtime: one per lua_State, reachable from every thread of it through the extra space.
 * ------------------------------------------------------------------------------------------- */

typedef struct tvh_runtime tvh_runtime;

/* Which limit stopped the last call. */
typedef enum { TVH_LIMIT_NONE = 0, TVH_LIMIT_TIME = 1, TVH_LIMIT_MEMORY = 2 } tvh_limit;

/* How the time limit is enforced. The watchdog costs nothing until the deadline; the count hook
 * checks the clock every N instructions and is kept for measurement. */
typedef enum { TVH_TIME_WATCHDOG = 0, TVH_TIME_COUNT_HOOK = 1 } tvh_time_strategy;

/* Called from C (never while a Lua error can unwind) by the trampoline: run the Swift function
 * `fn` with the Lua arguments on L's stack. Returns the number of results pushed, or -1 with an
 * error message pushed (raised by the trampoline once Swift has returned). */
typedef int (*tvh_dispatch_fn)(lua_State *L, void *fn);

/* Receives what a script prints: the chunk name, the line and the text (no newline). */
typedef void (*tvh_print_fn)(void *ctx, const char *chunk, int line, const char *text, size_t len);

/* Called by the watchdog thread when a script ignored its time limit for `grace` more
 * milliseconds (only possible inside one long C library call, such as a pathological
 * string pattern). The handler runs on the watchdog thread; a CLI ends the process. */
typedef void (*tvh_overrun_fn)(void *ctx);

/* Creates a state whose allocator enforces `memory_cap` bytes (0: no cap). NULL if out of memory. */
lua_State *tvh_newstate(size_t memory_cap);
/* Closes the state and frees its runtime. */
void tvh_close(lua_State *L);
static inline tvh_runtime *tvh_runtime_of(lua_State *L) { return *(tvh_runtime **)lua_getextraspace(L); }

void tvh_set_dispatch(tvh_dispatch_fn fn);
void tvh_set_print(lua_State *L, tvh_print_fn fn, void *ctx);
void tvh_set_overrun(lua_State *L, tvh_overrun_fn fn, void *ctx, int64_t grace_ms);

/* Memory. */
void tvh_set_memory_cap(lua_State *L, size_t cap);
size_t tvh_memory_cap(lua_State *L);
size_t tvh_memory_used(lua_State *L);
size_t tvh_memory_peak(lua_State *L);

/* Pauses the collector (paused != 0) or lets it run again; returns whether it was running.
 * (lua_gc is variadic, which Swift cannot call.) */
int tvh_gc_pause(lua_State *L, int paused);

/* Time: arm before a top-level call (ms <= 0: no limit), disarm after. */
void tvh_set_time_strategy(lua_State *L, tvh_time_strategy strategy, int count);
void tvh_arm(lua_State *L, int64_t ms);
void tvh_disarm(lua_State *L);

/* Which limit fired during the current call, and clearing it before the next one. */
tvh_limit tvh_limit_hit(lua_State *L);
void tvh_reset_limits(lua_State *L);

/* Where the last error raised under tvh_pcall came from (NULL / 0 when unknown), the length of
 * the "chunk:line: " prefix the message starts with (0 if none), and the traceback. */
const char *tvh_error_source(lua_State *L);
int tvh_error_line(lua_State *L);
size_t tvh_error_prefix_length(lua_State *L);
const char *tvh_error_traceback(lua_State *L);

/* lua_pcall with the bridge's message handler (a C function, out of the script's reach), with
 * the allocator's cap in force while Lua runs. */
int tvh_pcall(lua_State *L, int nargs, int nresults);

/* The chunk and line of the innermost Lua function calling into L (for a host function: its
 * caller); 0 when no Lua function is on the stack. `source` points into Lua's own strings. */
int tvh_caller(lua_State *L, const char **source, int *line);

/* Loads a chunk in text mode only (the cap applies; never raises). */
int tvh_load(lua_State *L, const char *buf, size_t len, const char *chunkname);

/* Runs `fn` (a lua_CFunction taking one light userdata) protected; for setup calls that can raise. */
int tvh_cpcall(lua_State *L, lua_CFunction fn, void *ud);

/* The thread Swift must use now: the coroutine whose host function is running, or the main one. */
lua_State *tvh_current_thread(lua_State *L);

/* Pushes a Lua function that calls the Swift function `fn` through the dispatcher. */
void tvh_push_host_function(lua_State *L, void *fn);

/* Opens the sandbox's libraries (base, string, table, math, utf8, coroutine, os) and replaces
 * print and coroutine.resume/close with the runtime's versions. Protected; returns a status. */
int tvh_open_sandbox_libs(lua_State *L);

/* Pushes a locked, read-only view of the table at `index`: a userdata whose __index is that
 * table, whose __newindex raises, and whose metatable is hidden behind `name`. */
void tvh_push_locked_view(lua_State *L, int index, const char *name);

#endif
