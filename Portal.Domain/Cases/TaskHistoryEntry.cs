namespace Portal.Domain.Cases;

/// <summary>One step in a task's life: who did what, when, the state before and after, and what changed.</summary>
public sealed class TaskHistoryEntry
{
    private TaskHistoryEntry() { }

    public TaskHistoryEntry(DateTimeOffset at, int? actorId, string action, TaskState? fromState, TaskState toState, string? note, string? change)
    {
        At = at;
        ActorId = actorId;
        Action = action;
        FromState = fromState;
        ToState = toState;
        Note = note;
        Change = change;
    }

    public long Id { get; private set; }
    public int TaskId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public int? ActorId { get; private set; }
    public const int ActorCapacityMaxLength = 300;
    /// <summary>How the actor acted beyond their person: a unit account and whoever typed at it, or an acting leader's capacity.</summary>
    public string? ActorCapacity { get; init; }
    public string Action { get; private set; } = "";
    public TaskState? FromState { get; private set; }
    public TaskState ToState { get; private set; }
    public string? Note { get; private set; }
    /// <summary>Before → after of what the step changed (deadline, lead unit, report), when it changed data.</summary>
    public string? Change { get; private set; }

    // The task's status facts right after the step, so reports can tell how a task stood on any past day.
    public int? LeadUnitId { get; private set; }
    public DateOnly? Deadline { get; private set; }
    public bool Started { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public ReviewDecision? Decision { get; private set; }

    internal TaskHistoryEntry WithSnapshot(int leadUnitId, DateOnly? deadline, bool started, DateTimeOffset? submittedAt, ReviewDecision? decision)
    {
        LeadUnitId = leadUnitId;
        Deadline = deadline;
        Started = started;
        SubmittedAt = submittedAt;
        Decision = decision;
        return this;
    }

    /// <summary>The status the task had right after this step, judged at <paramref name="at"/>.</summary>
    public TaskProgress ProgressAt(DateTimeOffset at) => TaskStatusRules.Classify(Deadline, Started, SubmittedAt, Decision, at);
}
