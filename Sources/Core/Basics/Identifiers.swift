// The id types of the domain's entities, each its own type so ids cannot be mixed up.

/// Tags that give each entity's ``EntityID`` its own type.
public enum IDTag {
    public enum Citizen {}
    public enum Case {}
    public enum Actor {}
    public enum Participant {}
    public enum Consent {}
    public enum Plan {}
    public enum Goal {}
    public enum Intervention {}
    public enum FollowUp {}
    public enum Meeting {}
    public enum Task {}
    public enum BarrierAssessment {}
    public enum ScreeningResponse {}
    public enum Rescoring {}
    public enum Event {}
    public enum OutboxMessage {}
    public enum WorkflowEffect {}
}

public typealias CitizenID = EntityID<IDTag.Citizen>
public typealias CaseID = EntityID<IDTag.Case>
public typealias ActorID = EntityID<IDTag.Actor>
public typealias ParticipantID = EntityID<IDTag.Participant>
public typealias ConsentID = EntityID<IDTag.Consent>
public typealias PlanID = EntityID<IDTag.Plan>
public typealias GoalID = EntityID<IDTag.Goal>
public typealias InterventionID = EntityID<IDTag.Intervention>
public typealias FollowUpID = EntityID<IDTag.FollowUp>
public typealias MeetingID = EntityID<IDTag.Meeting>
public typealias TaskID = EntityID<IDTag.Task>
public typealias BarrierAssessmentID = EntityID<IDTag.BarrierAssessment>
public typealias ScreeningResponseID = EntityID<IDTag.ScreeningResponse>
public typealias RescoringID = EntityID<IDTag.Rescoring>
public typealias EventID = EntityID<IDTag.Event>
public typealias OutboxMessageID = EntityID<IDTag.OutboxMessage>
public typealias WorkflowEffectID = EntityID<IDTag.WorkflowEffect>
