/* The runtime structure shared by the C files of CLuaShim (not visible to Swift). */
#ifndef TOVHOLDER_RUNTIME_INTERNAL_H
#define TOVHOLDER_RUNTIME_INTERNAL_H

#include <stdatomic.h>
#include <time.h>
#include "CLuaShim.h"

struct tvh_runtime {
    /* Memory. `host_depth` > 0 while Swift (not the script) holds control: the cap is not
     * enforced then, so a push from Swift can never raise a memory error across a Swift frame. */
    size_t used, peak, cap;
    int host_depth;
    atomic_int memory_hit;

    /* Time. */
    lua_State *main;
    _Atomic(lua_State *) running;   /* the innermost coroutine being resumed, or NULL */
    atomic_int stopping;            /* > 0 while a hook is being installed on `running` */
    atomic_int time_hit;
    tvh_time_strategy strategy;
    int count;                      /* instructions between checks for TVH_TIME_COUNT_HOOK */
    int64_t limit_ms;
    struct timespec deadline;
    /* Watchdog bookkeeping, guarded by the watchdog's mutex. */
    int armed, fired, overrun_called;
    struct timespec overrun_at;
    tvh_runtime *next, *prev;
    tvh_overrun_fn overrun;
    void *overrun_ctx;
    int64_t grace_ms;

    /* The thread whose host function is running (NULL: Swift called in from outside). */
    lua_State *host_thread;

    /* Output. */
    tvh_print_fn print;
    void *print_ctx;

    /* The last error's origin, filled by the message handler. */
    char *error_source;
    int error_line;
    size_t error_prefix_length;
    char *error_traceback;
};

/* The hook that raises the limit error; installed on every thread that must stop. */
void tvh_limit_hook(lua_State *L, lua_Debug *ar);
/* Installs the limit hook on the state's main thread and on the coroutine being resumed. */
void tvh_stop_threads(tvh_runtime *rt);
/* Raises the error of the limit that fired (never returns). */
int tvh_raise_limit(lua_State *L, tvh_runtime *rt);
/* Milliseconds on the monotonic clock. */
struct timespec tvh_now(void);
int tvh_time_reached(struct timespec now, struct timespec deadline);

#endif
