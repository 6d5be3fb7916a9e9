namespace Portal.Domain.Cases;

/// <summary>
/// One row of the guard table: the states a step may be taken in, the parties that may take it, an optional further
/// condition on the case (it answers the refusal's message, or null), and the Vietnamese message for each refusal.
/// </summary>
public sealed record CaseGuard(
    CaseStep Step,
    IReadOnlyList<TaskState> States,
    string StateMessage,
    CaseParty Parties,
    string PartyMessage,
    Func<CaseTask, string?>? Precondition = null)
{
    /// <summary>Why <paramref name="actor"/> may not take the step now, or null when they may.</summary>
    public string? RefusalFor(CaseTask task, WorkflowActor actor)
    {
        if (!task.Rules.Offers(Step)) return CaseGuards.NotOfferedMessage;
        if (!States.Contains(task.State)) return StateMessage;
        if (Precondition?.Invoke(task) is { } refused) return refused;
        return (task.PartiesOf(actor) & Parties) == 0 ? PartyMessage : null;
    }
}
