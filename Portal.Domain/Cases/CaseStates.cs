namespace Portal.Domain.Cases;

/// <summary>
/// The sets of states the rules speak of, defined once: the guard table, the task lists, the reminders and the urging
/// letter all read these.
/// </summary>
public static class CaseStates
{
    /// <summary>No report submitted yet and in the unit's hands: what is warned, urged and counted as owed by the unit.</summary>
    public static IReadOnlyList<TaskState> WithUnit { get; } =
        [TaskState.Assigned, TaskState.Received, TaskState.Delegated, TaskState.DraftPendingApproval];

    /// <summary>Received and being worked on by the unit: progress updates and extension requests.</summary>
    public static IReadOnlyList<TaskState> AtWork { get; } = [TaskState.Received, TaskState.Delegated, TaskState.DraftPendingApproval];

    /// <summary>Where the lead unit's leader may still hand the case on (to a specialist or a sub-unit).</summary>
    public static IReadOnlyList<TaskState> Delegable { get; } = [TaskState.Assigned, TaskState.Received, TaskState.Delegated];

    /// <summary>With the unit, or come back to the assigner: the work is still owed.</summary>
    public static IReadOnlyList<TaskState> Unfinished { get; } = [.. WithUnit, TaskState.Returned];

    /// <summary>Where coordinating units still send contributions: neither completed nor returned.</summary>
    public static IReadOnlyList<TaskState> TakingContributions { get; } = [.. WithUnit, TaskState.Submitted];

    /// <summary>Every state.</summary>
    public static IReadOnlyList<TaskState> Any { get; } = Enum.GetValues<TaskState>();

    public static bool IsWithUnit(TaskState state) => WithUnit.Contains(state);
}
