using Microsoft.AspNetCore.Components;
using MudBlazor;
using Portal.App.Infrastructure;

namespace Portal.App.Features.Tasks.Steps;

/// <summary>
/// What every step form gets from the task page: the task, the catalogue entry, the one way to run a step (through
/// <see cref="ActionRunner"/>: domain errors, conflicts and refusals shown the same way) and the way to close the form.
/// </summary>
public abstract class TaskStepForm : ComponentBase
{
    [Parameter, EditorRequired] public TaskDetail Detail { get; set; } = null!;

    /// <summary>Runs a call on the workflow and, when it is done, tells the user <c>done</c> and closes the form.</summary>
    [Parameter, EditorRequired] public Func<Func<Actor, CancellationToken, Task>, string, Task> Run { get; set; } = null!;

    [Parameter] public EventCallback Cancel { get; set; }

    [Parameter] public bool Busy { get; set; }

    [Parameter] public IReadOnlyList<UnitOption> AssignableUnits { get; set; } = [];

    [Inject] protected TaskWorkflowService Workflow { get; set; } = null!;

    [Inject] protected ISnackbar Snackbar { get; set; } = null!;

    /// <summary>A missing choice is told before anything is sent; the form stays open.</summary>
    protected Task Warn(string message)
    {
        Snackbar.Add(message, Severity.Warning);
        return Task.CompletedTask;
    }
}
