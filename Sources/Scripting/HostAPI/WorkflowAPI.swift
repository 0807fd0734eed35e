// The `workflow` module: registering rules on events, and what a rule can read and do through its ctx.
import Core
import Lua
import Packs

/// `workflow.on(event, handler, options)` registers a rule while a workflow file loads; the rule
/// is called as `handler(event, ctx)`, where `ctx` is this module: `ctx.task {...}`,
/// `ctx.outbox {...}`, `ctx.case()`. Everything a rule does happens in the transaction of the
/// command that raised the event, is checked against the pack's capabilities, and is recorded
/// as the rule's effect under a key, so the same event handled twice makes nothing twice.
enum WorkflowAPI {
    static var module: HostAPIModule {
        HostAPIModule(
            "workflow", since: "1.0.0",
            summary: "Local agreement workflows: `workflow.on` registers a rule for an event; the rule gets the "
                + "event and `ctx` (this module) and acts through it. See Docs/Workflows.md and the event list below.",
            implementation: .swift,
            functions: [
                on, task, completeTask, proposeParticipant, followUp, outbox, flag, caseInfo, participants, plans,
                consents,
            ]
                + [mayShare, flags, today, addDays, addMonths, daysBetween])
    }

    /// The function's body, run with the engine's session (absent outside the engine's states).
    private static func session(
        _ name: String, _ body: @escaping @Sendable (WorkflowSession, LuaArguments) throws -> LuaResult
    ) -> HostAPIFunction.MakeBody {
        { context in
            { arguments in
                guard let session = context.workflow else {
                    throw LuaHostError("workflow.\(name) is only available in a pack's workflow files")
                }
                return try body(session, arguments)
            }
        }
    }

    static let on = HostAPIFunction(
        "on", since: "1.0.0",
        summary: "Registers `handler` as a rule for `event` (one of the events listed in the reference). Call it "
            + "at the top level of a workflow file. `options.order` (default 100): lower runs first; `options.name`: "
            + "the rule's name in the case history (default `<file>:<line>`).",
        capability: Capability.eventsSubscribe.rawValue,
        signature: LuaSignature(
            [
                .init("event", "string", doc: "an event kind, e.g. `screening.completed`"),
                .init("handler", "fun(event: table, ctx: workflow)", doc: "the rule"),
                .init("options", "{ order: integer?, name: string? }", optional: true),
            ]),
        body: session("on") { session, arguments in try session.registerRule(arguments) })

    static let task = HostAPIFunction(
        "task", since: "1.0.0",
        summary: "Creates a task on the event's case: `title`, `assignee` (a role such as `\"tovholder\"` or an "
            + "actor's id), `due` (a day) or `within` (days after the event), `note`, `plan` (a plan id it concerns), "
            + "`key` (the same key on the same case makes one task only). Returns the task's id and whether it was "
            + "created now.",
        capability: Capability.tasksWrite.rawValue,
        signature: LuaSignature(
            [
                .init(
                    "spec",
                    "{ title: string, assignee: string|integer, due: string?, within: integer?, note: string?, plan: integer?, key: string? }"
                )
            ], returns: [.init("integer", doc: "the task's id"), .init("boolean", doc: "created now")]),
        body: session("task") { session, arguments in try session.task(arguments) })

    static let completeTask = HostAPIFunction(
        "complete_task", since: "1.0.0",
        summary: "Marks done the open task a rule made under `key` on the event's case, because what it asked for "
            + "has happened (the meeting was held, the consent given). Returns whether a task was closed now; false "
            + "when there is none or it is closed already.",
        capability: Capability.tasksWrite.rawValue,
        signature: LuaSignature([.init("spec", "{ key: string }")], returns: [.init("boolean", doc: "closed now")]),
        body: session("complete_task") { session, arguments in try session.completeTask(arguments) })

    static let proposeParticipant = HostAPIFunction(
        "propose_participant", since: "1.0.0",
        summary: "Proposes that the coordinator involves someone: `kind` (an actor kind such as `job_centre`) or "
            + "`actor` (an id), `reason`, optional `within` and `key`. Makes a task for the role `tovholder`; returns "
            + "its id and whether it was created now.",
        capability: Capability.tasksWrite.rawValue,
        signature: LuaSignature(
            [.init("spec", "{ kind: string?, actor: integer?, reason: string, within: integer?, key: string? }")],
            returns: [.init("integer", doc: "the task's id"), .init("boolean", doc: "created now")]),
        body: session("propose_participant") { session, arguments in try session.proposeParticipant(arguments) })

    static let followUp = HostAPIFunction(
        "followup", since: "1.0.0",
        summary: "Schedules a follow-up on `plan` (default: the case's active KIP, else its active treatment plan, "
            + "else another active plan): `purpose`, `due` or `within`, `key`. Returns the plan's id, the "
            + "follow-up's id and whether it was made now; or nil and `\"no_active_plan\"`.",
        capability: Capability.plansWrite.rawValue,
        signature: LuaSignature(
            [.init("spec", "{ purpose: string, due: string?, within: integer?, plan: integer?, key: string? }")],
            returns: [
                .init("integer?", doc: "the plan's id, nil when the case has no active plan"),
                .init("integer|string", doc: "the follow-up's id, or the reason"), .init("boolean?", doc: "made now"),
            ]),
        body: session("followup") { session, arguments in try session.followUp(arguments) })

    static let outbox = HostAPIFunction(
        "outbox", since: "1.0.0",
        summary: "Queues a message in the outbox for a caseworker to send: `to` (an actor's id, or an actor kind "
            + "such as `\"gp\"` meaning the case's participant of that kind), `subject`, `body`, `categories` (what "
            + "it contains: `screening`, `plan`, `health`, `social`, `substance_use`), `purpose` (`treatment` or "
            + "`other`), `document`, `key`. Returns the message's id and whether it was made now; or nil and "
            + "`{ reason = \"consent\"|\"no_recipient\", text, recipient }` when the citizen's consent does not "
            + "allow it or no such participant exists: nothing is queued then.",
        capability: Capability.outboxWrite.rawValue,
        signature: LuaSignature(
            [
                .init(
                    "spec",
                    "{ to: integer|string, subject: string, body: string, categories: string[], purpose: string?, document: string?, key: string? }"
                )
            ],
            returns: [
                .init("integer?", doc: "the message's id"),
                .init("boolean|{ reason: string, text: string, recipient: integer? }", doc: "made now, or the refusal"),
            ]),
        body: session("outbox") { session, arguments in try session.outbox(arguments) })

    static let flag = HostAPIFunction(
        "flag", since: "1.0.0",
        summary: "Sets the flag `name` (a-z, 0-9, _) on the event's case to `value` (boolean, number or string); "
            + "nil clears it.",
        capability: Capability.casesWrite.rawValue,
        signature: LuaSignature([.init("name", "string"), .init("value", "boolean|number|string|nil", optional: true)]),
        body: session("flag") { session, arguments in try session.flag(arguments) })

    static let caseInfo = HostAPIFunction(
        "case", since: "1.0.0",
        summary: "The event's case: `id`, `basis`, `status`, `requested`, `started`, `days_to_start`, `closed`, "
            + "`discharge_reason`, "
            + "`aftercare_advice_given`, `municipality`, `anonymous`, `other_offer`, `coordinator` (actor id) and "
            + "`guarantee` (`status`, `deadline`, `days`, `reason`, "
            + "`days_left`/`days_over`) on the event's day. Never the citizen's name or CPR number.",
        capability: Capability.casesRead.rawValue,
        signature: LuaSignature(returns: [.init("table")]),
        body: session("case") { session, _ in .value(try session.caseValue()) })

    static let participants = HostAPIFunction(
        "participants", since: "1.0.0",
        summary: "The case's participants: `{ actor, name, kind, role, active }` each.",
        capability: Capability.casesRead.rawValue,
        signature: LuaSignature(returns: [.init("table[]")]),
        body: session("participants") { session, _ in .value(try session.participantsValue()) })

    static let plans = HostAPIFunction(
        "plans", since: "1.0.0",
        summary: "The case's plans: `{ id, kind, status, activated, ended, goals, followups, meetings }` each; "
            + "a goal has `area` (`employment`, `housing`...) and `status`.",
        capability: Capability.plansRead.rawValue,
        signature: LuaSignature(returns: [.init("table[]")]),
        body: session("plans") { session, _ in .value(try session.plansValue()) })

    static let consents = HostAPIFunction(
        "consents", since: "1.0.0",
        summary:
            "The case's consents: `{ id, recipient = { actor | kind }, purpose, categories, valid_from, valid_until, "
            + "revoked }` each.",
        capability: Capability.consentRead.rawValue,
        signature: LuaSignature(returns: [.init("table[]")]),
        body: session("consents") { session, _ in .value(try session.consentsValue()) })

    static let mayShare = HostAPIFunction(
        "may_share", since: "1.0.0",
        summary: "Whether the citizen's consent lets `categories` go to the actor `to` for `purpose` (default "
            + "`treatment`) on the event's day; false and the reason when not.",
        capability: Capability.consentRead.rawValue,
        signature: LuaSignature(
            [.init("spec", "{ to: integer, categories: string[], purpose: string? }")],
            returns: [.init("boolean"), .init("string?", doc: "why not")]),
        body: session("may_share") { session, arguments in try session.mayShare(arguments) })

    static let flags = HostAPIFunction(
        "flags", since: "1.0.0", summary: "The case's flags by name.",
        capability: Capability.casesRead.rawValue,
        signature: LuaSignature(returns: [.init("table<string, boolean|number|string>")]),
        body: session("flags") { session, _ in .value(try session.flagsValue()) })

    static let today = HostAPIFunction(
        "today", since: "1.0.0",
        summary: "The event's day (`YYYY-MM-DD`): what `within` counts from. In a dry run, the day the event happened.",
        signature: LuaSignature(returns: [.init("string")]),
        body: session("today") { session, _ in .value(.string(try session.current("workflow.today").day.description)) })

    static let addDays = HostAPIFunction(
        "add_days", since: "1.0.0", summary: "The day `days` after `day` (negative: before).",
        signature: LuaSignature([.init("day", "string"), .init("days", "integer")], returns: [.init("string")])
    ) { _ in
        { arguments in .value(.string(try day(arguments, 1).adding(days: Int(try arguments.integer(2))).description)) }
    }

    static let addMonths = HostAPIFunction(
        "add_months", since: "1.0.0",
        summary: "The day `months` calendar months after `day`; the 31st becomes the month's last day.",
        signature: LuaSignature([.init("day", "string"), .init("months", "integer")], returns: [.init("string")])
    ) { _ in
        { arguments in .value(.string(try day(arguments, 1).adding(months: Int(try arguments.integer(2))).description))
        }
    }

    static let daysBetween = HostAPIFunction(
        "days_between", since: "1.0.0", summary: "Whole days from `from` to `to` (negative when `to` is earlier).",
        signature: LuaSignature([.init("from", "string"), .init("to", "string")], returns: [.init("integer")])
    ) { _ in
        { arguments in .value(.integer(Int64(try day(arguments, 1).days(until: try day(arguments, 2))))) }
    }

    private static func day(_ arguments: LuaArguments, _ index: Int) throws -> Day {
        let text = try arguments.string(index)
        guard let day = Day(text) else {
            throw LuaArgumentError(index: index, problem: "a day YYYY-MM-DD expected, got '\(text)'")
        }
        return day
    }
}
