namespace Portal.App.Features.Tasks;

/// <summary>What the task page shows, carried from the prerender into the circuit (persistent component state).</summary>
public sealed record TaskPageState(TaskDetail Task, IReadOnlyList<UnitOption> Units);
