namespace Portal.Domain.Cases;

/// <summary>Where a task is in the assign → receive → delegate → draft → approve → submit → confirm flow.</summary>
public enum TaskState
{
    /// <summary>Assigned to the lead unit, not yet received by it.</summary>
    Assigned,
    /// <summary>Returned by the unit to its assigner, who corrects or redirects it.</summary>
    Returned,
    /// <summary>Received by the unit, not yet delegated.</summary>
    Received,
    /// <summary>Delegated to a specialist or a sub-unit, who works on it.</summary>
    Delegated,
    /// <summary>A draft report waits for the unit leader's approval.</summary>
    DraftPendingApproval,
    /// <summary>The approved report was submitted to the assigner and waits for confirmation.</summary>
    Submitted,
    /// <summary>The assigner confirmed the result.</summary>
    Completed,
}
