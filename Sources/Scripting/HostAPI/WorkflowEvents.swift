// The events workflow rules can handle, each with what it means and the fields of its payload: checked by workflow.on, listed in the reference.

/// One event kind: its name, when the host raises it, and the fields a handler's `event` has
/// (besides `kind`, `id` (the journal id), `at` (when it was recorded) and `case_id`).
struct WorkflowEventKind: Sendable {
    let name: String
    let summary: String
    let fields: [LuaFieldDoc]
}

/// A payload field as the reference lists it.
struct LuaFieldDoc: Sendable {
    let name: String
    let type: String
    let doc: String

    init(_ name: String, _ type: String, _ doc: String) {
        self.name = name
        self.type = type
        self.doc = doc
    }
}

/// Every event the host raises.
enum WorkflowEvents {
    static func kind(named name: String) -> WorkflowEventKind? { all.first { $0.name == name } }

    private static let caseFields = [
        LuaFieldDoc("day", "string", "the day it happened"),
        LuaFieldDoc("basis", "string", "the legal basis: `sel101`, `sel101a`, `sul141`, `sul142`"),
        LuaFieldDoc("requested", "string", "the day of the request the guarantee counts from"),
        LuaFieldDoc("status", "string", "the case's status after the event"),
        LuaFieldDoc("municipality", "string", "the acting municipality's code after the event"),
    ]

    private static let consentFields = [
        LuaFieldDoc("consent_id", "integer", "the consent"),
        LuaFieldDoc("recipient", "{ actor: integer?, kind: string? }", "who may receive"),
        LuaFieldDoc("purpose", "string", "`treatment` or `other`"),
        LuaFieldDoc("categories", "string[]", "what may be shared"),
        LuaFieldDoc("valid_from", "string", "first day it applies"),
        LuaFieldDoc("valid_until", "string?", "last day it applies"),
        LuaFieldDoc("day", "string", "the day it was granted, revoked, or the tick's day"),
    ]

    private static let planFields = [
        LuaFieldDoc("plan_id", "integer", "the plan"),
        LuaFieldDoc("plan_kind", "string", "`kip`, `behandlingsplan` or `handleplan`"),
        LuaFieldDoc("status", "string", "the plan's status after the change"),
        LuaFieldDoc("version", "integer", "the plan's version after the change"),
        LuaFieldDoc("change", "string?", "what changed (`add_goal`, `activate`, `add_meeting`...); nil on creation"),
        LuaFieldDoc("day", "string", "the day of the change (for activation: the plan's activation day)"),
    ]

    private static let followUpFields = [
        LuaFieldDoc("plan_id", "integer", "the plan"),
        LuaFieldDoc("plan_kind", "string", "the plan's kind"),
        LuaFieldDoc("followup_id", "integer?", "the follow-up; nil for the KIP's next meeting"),
        LuaFieldDoc("due", "string", "the day it is due"),
        LuaFieldDoc("purpose", "string", "what it is for"),
        LuaFieldDoc("reason", "string", "`followup`, or `kip_next_meeting` (a KIP without a planned follow-up)"),
        LuaFieldDoc("day", "string", "the tick's day"),
    ]

    private static let guaranteeFields = [
        LuaFieldDoc("basis", "string", "the legal basis"),
        LuaFieldDoc("requested", "string", "the day of the request"),
        LuaFieldDoc("deadline", "string", "the last day treatment may start (the request + 14 days)"),
        LuaFieldDoc("days_left", "integer?", "days until the deadline (warning)"),
        LuaFieldDoc("days_over", "integer?", "days past the deadline (breach)"),
        LuaFieldDoc("status", "string", "`pending` or `breached`"),
        LuaFieldDoc("day", "string", "the tick's day"),
    ]

    private static func caseEvent(_ name: String, _ summary: String) -> WorkflowEventKind {
        WorkflowEventKind(name: name, summary: summary, fields: caseFields)
    }

    static let all: [WorkflowEventKind] = [
        caseEvent(
            "case.requested", "The citizen asked for treatment (raised with `case.opened`, dated the request day)."),
        caseEvent("case.opened", "A case was recorded (`case open`)."),
        caseEvent("case.started", "Treatment started."),
        caseEvent("case.aftercare", "The case moved to aftercare."),
        caseEvent("case.relapse", "The citizen relapsed and is back in treatment."),
        caseEvent("case.discharged", "The case was closed (discharge)."),
        caseEvent("case.transferred", "The case moved to another municipality."),
        WorkflowEventKind(
            name: "screening.completed", summary: "A screening was completed and scored.",
            fields: [
                LuaFieldDoc("response_id", "integer", "the stored response"),
                LuaFieldDoc("flow", "string", "the flow's id (`audit`, `basisscreening`...)"),
                LuaFieldDoc("flow_version", "string", "the flow's version"),
                LuaFieldDoc("pack", "string?", "the pack that provided the flow"),
                LuaFieldDoc("pack_version", "string?", "that pack's version"),
                LuaFieldDoc("day", "string", "the day it was completed"),
                LuaFieldDoc("scores", "table<string, number>", "the scores by name"),
                LuaFieldDoc("bands", "table<string, string>", "the interpretation bands by score"),
                LuaFieldDoc("flags", "string[]", "the flow's flags (`positive`...)"),
                LuaFieldDoc(
                    "recommendations",
                    "{ code: string, text_da: string, text_en: string?, to: string?, consent: string? }[]",
                    "what the flow recommends"),
            ]),
        WorkflowEventKind(name: "consent.granted", summary: "The citizen gave a consent.", fields: consentFields),
        WorkflowEventKind(name: "consent.revoked", summary: "The citizen withdrew a consent.", fields: consentFields),
        WorkflowEventKind(
            name: "consent.expiring", summary: "A consent ends within 30 days (raised once by `tick`).",
            fields: consentFields + [LuaFieldDoc("days_left", "integer", "days until it ends")]),
        WorkflowEventKind(name: "plan.created", summary: "A plan was created (a draft).", fields: planFields),
        WorkflowEventKind(name: "plan.activated", summary: "A plan became active.", fields: planFields),
        WorkflowEventKind(name: "plan.changed", summary: "A plan got a new version (any change).", fields: planFields),
        WorkflowEventKind(
            name: "meeting.held", summary: "A plan meeting was recorded.",
            fields: [
                LuaFieldDoc("plan_id", "integer", "the plan"), LuaFieldDoc("plan_kind", "string", "the plan's kind"),
                LuaFieldDoc("meeting_id", "integer", "the meeting"), LuaFieldDoc("day", "string", "the meeting's day"),
                LuaFieldDoc("citizen_present", "boolean", "whether the citizen took part"),
                LuaFieldDoc("participants", "integer[]", "the actors who took part"),
            ]),
        WorkflowEventKind(
            name: "followup.due", summary: "A follow-up is due today, or the KIP's next meeting is near (`tick`).",
            fields: followUpFields),
        WorkflowEventKind(
            name: "followup.overdue", summary: "A follow-up's day passed without it being held (`tick`).",
            fields: followUpFields),
        WorkflowEventKind(
            name: "guarantee.warning",
            summary:
                "Day 10 after the request and treatment has not started (`tick`; never for §101a or a citizen who chose another offer).",
            fields: guaranteeFields),
        WorkflowEventKind(
            name: "guarantee.breached", summary: "The 14-day treatment guarantee was breached (`tick`).",
            fields: guaranteeFields),
        WorkflowEventKind(
            name: "task.overdue", summary: "An open task's due day passed (`tick`).",
            fields: [
                LuaFieldDoc("task_id", "integer", "the task"),
                LuaFieldDoc("plan_id", "integer?", "the plan it concerns"),
                LuaFieldDoc("title", "string", "what must be done"),
                LuaFieldDoc("assignee", "{ actor: integer?, role: string? }", "who"),
                LuaFieldDoc("due", "string", "the day it was due"), LuaFieldDoc("day", "string", "the tick's day"),
                LuaFieldDoc("pack", "string?", "the pack whose rule made it"),
                LuaFieldDoc("rule", "string?", "the rule that made it"),
            ]),
    ]
}
