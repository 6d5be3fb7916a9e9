namespace Portal.App.Infrastructure;

/// <summary>A change to a task that open desks may need to show: who it concerns, what happened.</summary>
public sealed record TaskChange(int TaskId, string Action, IReadOnlySet<int> UnitIds, IReadOnlySet<int> PersonIds, int? ActorId = null)
{
    /// <summary>The person's own step: their page refreshes but needs no announcement.</summary>
    public bool MadeBy(Actor actor) => ActorId is not null && ActorId == actor.PersonId;

    public bool Concerns(Actor actor) =>
        (actor.PersonId is { } p && PersonIds.Contains(p)) || (actor.UnitId is { } u && UnitIds.Contains(u));
}

/// <summary>
/// In-process publish/subscribe of task changes, so every connected desk (Blazor circuit) concerned updates
/// without a reload. One server: a scale-out deployment needs a shared backplane here.
/// </summary>
public sealed class TaskNotifier(ILogger<TaskNotifier> logger)
{
    public event Func<TaskChange, Task>? Changed;

    public void Publish(TaskChange change)
    {
        var handlers = Changed;
        if (handlers is null) return;
        foreach (var handler in handlers.GetInvocationList().Cast<Func<TaskChange, Task>>())
        {
            _ = InvokeAsync(handler, change);
        }
    }

    private async Task InvokeAsync(Func<TaskChange, Task> handler, TaskChange change)
    {
        try
        {
            await handler(change);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "A desk could not process the change of task {TaskId}.", change.TaskId);
        }
    }
}
