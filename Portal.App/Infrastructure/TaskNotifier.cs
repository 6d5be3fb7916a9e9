namespace Portal.App.Infrastructure;

/// <summary>
/// In-process publish/subscribe of task changes, so every connected desk (Blazor circuit) concerned updates
/// without a reload. One server: a scale-out deployment needs a shared backplane here.
/// </summary>
public sealed class TaskNotifier(ILogger<TaskNotifier> logger)
{
    public event Func<TaskChange, Task>? Changed;

    /// <summary>New notifications for these people and unit accounts: their bells refresh.</summary>
    public event Func<NotifiedInboxes, Task>? NotificationsAdded;

    public void Publish(TaskChange change) => Raise(Changed, change);

    /// <summary>Raised when a province's press digest gets new items: open desks of that province show them.</summary>
    public event Func<int, Task>? PressPosted;

    public void PublishPress(int provinceId) => Raise(PressPosted, provinceId);

    public void PublishNotifications(IReadOnlySet<int> people, IReadOnlySet<int>? units = null)
    {
        units ??= new HashSet<int>();
        if (people.Count > 0 || units.Count > 0) Raise(NotificationsAdded, new NotifiedInboxes(people, units));
    }

    private void Raise<T>(Func<T, Task>? handlers, T argument)
    {
        if (handlers is null) return;
        foreach (var handler in handlers.GetInvocationList().Cast<Func<T, Task>>())
        {
            _ = InvokeAsync(handler, argument);
        }
    }

    private async Task InvokeAsync<T>(Func<T, Task> handler, T argument)
    {
        try
        {
            await handler(argument);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "An open page could not process a live update ({Argument}).", argument);
        }
    }
}

/// <summary>Whose bells a batch of new notifications reached: people, and units (their unit accounts).</summary>
public sealed record NotifiedInboxes(IReadOnlySet<int> People, IReadOnlySet<int> Units);
