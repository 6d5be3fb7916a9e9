using MudBlazor;
using Portal.Domain;

namespace Portal.App.Infrastructure;

/// <summary>
/// The one way a page runs what a person asked for: the success is said, and a refusal, a broken rule or a concurrent
/// change is shown the same way on every page (the message of the service, in Vietnamese); nothing else is caught, so a
/// real failure reaches the layout's error boundary instead of being disguised.
/// </summary>
public sealed class ActionRunner(ISnackbar snackbar)
{
    /// <summary>Runs the action; true when it was done. <paramref name="afterConflict"/> reloads what another person changed.</summary>
    public async Task<bool> RunAsync(Func<Task> action, string? success = null, Func<Task>? afterConflict = null)
    {
        try
        {
            await action();
            if (success is not null) snackbar.Add(success, Severity.Success);
            return true;
        }
        catch (DomainException ex)
        {
            snackbar.Add(ex.Message, Severity.Error);
        }
        catch (ConcurrencyConflictException ex)
        {
            snackbar.Add(ex.Message, Severity.Warning);
            if (afterConflict is not null) await afterConflict();
        }
        return false;
    }
}
