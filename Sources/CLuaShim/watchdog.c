/* The time limit. One watchdog thread per process sleeps until the earliest deadline of the
 * armed states and only then installs a hook that stops the script; until a deadline passes,
 * the limit costs the script nothing. Once fired, the hook raises on every instruction, so
 * pcall, xpcall and coroutines cannot swallow it. */
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include "runtime_internal.h"

static pthread_mutex_t watchdog_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t watchdog_wakeup;
static pthread_once_t watchdog_once = PTHREAD_ONCE_INIT;
static tvh_runtime *armed_list;
/* When the watchdog will next wake by itself (valid while it sleeps with a timeout): arming a
 * deadline no earlier than that needs no wakeup, which keeps a call under a limit cheap. */
static struct timespec planned_wakeup;
static int planned_wakeup_valid;

struct timespec tvh_now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t;
}

int tvh_time_reached(struct timespec now, struct timespec deadline) {
    return now.tv_sec > deadline.tv_sec ||
           (now.tv_sec == deadline.tv_sec && now.tv_nsec >= deadline.tv_nsec);
}

static struct timespec tvh_after(struct timespec t, int64_t ms) {
    t.tv_sec += (time_t)(ms / 1000);
    t.tv_nsec += (long)(ms % 1000) * 1000000L;
    if (t.tv_nsec >= 1000000000L) {
        t.tv_sec += 1;
        t.tv_nsec -= 1000000000L;
    }
    return t;
}

int tvh_raise_limit(lua_State *L, tvh_runtime *rt) {
    if (atomic_load(&rt->time_hit))
        return luaL_error(L, "time limit of %I ms exceeded", (lua_Integer)rt->limit_ms);
    /* Building a message would need memory the script no longer has: Lua's own
     * "not enough memory" error is raised instead. */
    return luaL_error(L, "memory limit of %I MiB exceeded", (lua_Integer)(rt->cap / (1024 * 1024)));
}

void tvh_limit_hook(lua_State *L, lua_Debug *ar) {
    (void)ar;
    tvh_runtime *rt = tvh_runtime_of(L);
    if (atomic_load(&rt->time_hit) || atomic_load(&rt->memory_hit)) {
        tvh_raise_limit(L, rt);
        return;
    }
    if (rt->strategy == TVH_TIME_COUNT_HOOK && rt->armed) {
        if (tvh_time_reached(tvh_now(), rt->deadline)) {
            atomic_store(&rt->time_hit, 1);
            lua_sethook(L, tvh_limit_hook, LUA_MASKCOUNT | LUA_MASKCALL, 1);
            tvh_raise_limit(L, rt);
        }
        return;
    }
    /* A coroutine that kept the hook from an earlier call: nothing to stop any more. */
    if (rt->strategy == TVH_TIME_WATCHDOG) lua_sethook(L, NULL, 0, 0);
}

void tvh_stop_threads(tvh_runtime *rt) {
    lua_sethook(rt->main, tvh_limit_hook, LUA_MASKCOUNT | LUA_MASKCALL, 1);
    /* While `stopping` is set, a coroutine leaving `running` waits, so `co` stays alive. */
    atomic_fetch_add(&rt->stopping, 1);
    lua_State *co = atomic_load(&rt->running);
    if (co != NULL && co != rt->main) lua_sethook(co, tvh_limit_hook, LUA_MASKCOUNT | LUA_MASKCALL, 1);
    atomic_fetch_sub(&rt->stopping, 1);
}

static void *watchdog_main(void *unused) {
    (void)unused;
    pthread_mutex_lock(&watchdog_mutex);
    for (;;) {
        struct timespec now = tvh_now();
        int has_next = 0;
        struct timespec next = {0, 0};
        for (tvh_runtime *rt = armed_list; rt != NULL; rt = rt->next) {
            if (!rt->fired && tvh_time_reached(now, rt->deadline)) {
                rt->fired = 1;
                atomic_store(&rt->time_hit, 1);
                tvh_stop_threads(rt);
                rt->overrun_at = tvh_after(now, rt->grace_ms);
            }
            if (rt->fired && rt->overrun != NULL && !rt->overrun_called &&
                tvh_time_reached(now, rt->overrun_at)) {
                rt->overrun_called = 1;
                rt->overrun(rt->overrun_ctx);
            }
            struct timespec due;
            if (!rt->fired) due = rt->deadline;
            else if (rt->overrun != NULL && !rt->overrun_called) due = rt->overrun_at;
            else continue;
            if (!has_next || tvh_time_reached(next, due)) next = due;
            has_next = 1;
        }
        planned_wakeup = next;
        planned_wakeup_valid = has_next;
        if (has_next) pthread_cond_timedwait(&watchdog_wakeup, &watchdog_mutex, &next);
        else pthread_cond_wait(&watchdog_wakeup, &watchdog_mutex);
        planned_wakeup_valid = 0;
    }
    return NULL;
}

static void watchdog_start(void) {
    pthread_condattr_t attr;
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    pthread_cond_init(&watchdog_wakeup, &attr);
    pthread_condattr_destroy(&attr);
    pthread_t thread;
    pthread_attr_t thread_attr;
    pthread_attr_init(&thread_attr);
    pthread_attr_setdetachstate(&thread_attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&thread_attr, 64 * 1024);
    pthread_create(&thread, &thread_attr, watchdog_main, NULL);
    pthread_attr_destroy(&thread_attr);
}

void tvh_set_time_strategy(lua_State *L, tvh_time_strategy strategy, int count) {
    tvh_runtime *rt = tvh_runtime_of(L);
    rt->strategy = strategy;
    rt->count = count > 0 ? count : 1000;
}

void tvh_set_overrun(lua_State *L, tvh_overrun_fn fn, void *ctx, int64_t grace_ms) {
    tvh_runtime *rt = tvh_runtime_of(L);
    pthread_mutex_lock(&watchdog_mutex);
    rt->overrun = fn;
    rt->overrun_ctx = ctx;
    rt->grace_ms = grace_ms;
    pthread_mutex_unlock(&watchdog_mutex);
}

void tvh_arm(lua_State *L, int64_t ms) {
    tvh_runtime *rt = tvh_runtime_of(L);
    if (ms <= 0 || rt->armed) return;
    rt->limit_ms = ms;
    rt->deadline = tvh_after(tvh_now(), ms);
    if (rt->strategy == TVH_TIME_COUNT_HOOK) {
        rt->armed = 1;
        lua_sethook(L, tvh_limit_hook, LUA_MASKCOUNT, rt->count);
        return;
    }
    pthread_once(&watchdog_once, watchdog_start);
    pthread_mutex_lock(&watchdog_mutex);
    rt->armed = 1;
    rt->fired = 0;
    rt->overrun_called = 0;
    rt->prev = NULL;
    rt->next = armed_list;
    if (armed_list != NULL) armed_list->prev = rt;
    armed_list = rt;
    /* The watchdog rescans the list whenever it wakes; only a deadline before its planned
     * wakeup (or a watchdog sleeping without one) needs it woken now. */
    if (!planned_wakeup_valid || !tvh_time_reached(rt->deadline, planned_wakeup))
        pthread_cond_signal(&watchdog_wakeup);
    pthread_mutex_unlock(&watchdog_mutex);
}

void tvh_disarm(lua_State *L) {
    tvh_runtime *rt = tvh_runtime_of(L);
    if (!rt->armed) return;
    if (rt->strategy == TVH_TIME_COUNT_HOOK) {
        rt->armed = 0;
        if (!atomic_load(&rt->time_hit) && !atomic_load(&rt->memory_hit)) lua_sethook(L, NULL, 0, 0);
        return;
    }
    pthread_mutex_lock(&watchdog_mutex);
    if (rt->prev != NULL) rt->prev->next = rt->next;
    else armed_list = rt->next;
    if (rt->next != NULL) rt->next->prev = rt->prev;
    rt->next = rt->prev = NULL;
    rt->armed = 0;
    pthread_mutex_unlock(&watchdog_mutex);
}
