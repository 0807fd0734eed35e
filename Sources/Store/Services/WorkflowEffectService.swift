// The record of what workflow rules did: looked up by key before acting, appended after, read as a case's history.
import Core
import GRDB

extension StoreTransaction {
    /// The effect recorded under `key`, if a rule already made it.
    public func workflowEffect(key: String) throws -> WorkflowEffect? {
        try Row.fetchOne(
            db.cachedStatement(sql: "SELECT * FROM workflow_effect WHERE key = ?"), arguments: [key]
        ).map(WorkflowEffect.init)
    }

    /// Appends `effect` (its `at` is this command's time). The thing it made was audited where it
    /// was made; the effect is the rule's signature on it.
    @discardableResult
    public func recordWorkflowEffect(_ effect: WorkflowEffect) throws -> WorkflowEffect {
        try db.cachedStatement(
            sql: """
                INSERT INTO workflow_effect
                    (key, event_id, case_id, pack, pack_version, workflow, rule, file, line, kind, subject, summary, at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            effect.key, effect.eventID?.rawValue, effect.caseID?.rawValue, effect.pack, effect.packVersion,
            effect.workflow, effect.rule, effect.file, effect.line, effect.kind.rawValue, effect.subject,
            CPRNumber.redacted(effect.summary), nowText,
        ])
        return WorkflowEffect(
            id: WorkflowEffectID(db.lastInsertedRowID), key: effect.key, eventID: effect.eventID,
            caseID: effect.caseID, pack: effect.pack, packVersion: effect.packVersion, workflow: effect.workflow,
            rule: effect.rule, file: effect.file, line: effect.line, kind: effect.kind, subject: effect.subject,
            summary: CPRNumber.redacted(effect.summary), at: nowText)
    }

    /// What the workflows did on a case, oldest first; the read is audited.
    public func workflowEffects(case caseID: CaseID) throws -> [WorkflowEffect] {
        let citizen = try caseCitizen(caseID)
        let effects = try Row.fetchAll(
            db, sql: "SELECT * FROM workflow_effect WHERE case_id = ? ORDER BY id", arguments: [caseID.rawValue]
        ).map(WorkflowEffect.init)
        try audit(
            entity: "workflow_effect", citizen: citizen.rawValue, action: "read",
            summary: "workflow effects of case \(caseID) read")
        return effects
    }

    /// The newest effect's id (0 when there is none): what a command notes before it acts, to
    /// report the effects made after it.
    public func lastWorkflowEffectID() throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT max(id) FROM workflow_effect") ?? 0
    }

    /// The effects after `id`, oldest first (not audited: a command's own report of its work).
    public func workflowEffects(after id: Int64) throws -> [WorkflowEffect] {
        try Row.fetchAll(db, sql: "SELECT * FROM workflow_effect WHERE id > ? ORDER BY id", arguments: [id])
            .map(WorkflowEffect.init)
    }
}
