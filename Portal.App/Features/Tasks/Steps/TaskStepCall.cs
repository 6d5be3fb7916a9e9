using Portal.App.Infrastructure;

namespace Portal.App.Features.Tasks.Steps;

/// <summary>A step's call on the workflow for the task shown, by the signed-in person.</summary>
public delegate Task TaskStepCall(TaskWorkflowService workflow, Actor actor, TaskDetail task, CancellationToken ct);
