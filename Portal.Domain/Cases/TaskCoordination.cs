namespace Portal.Domain.Cases;

/// <summary>A coordinating unit of a task, and the date by which the lead unit asked for its contribution (Đồng Tháp 128 Điều 14.6).</summary>
public sealed class TaskCoordination
{
    private TaskCoordination() { }

    public TaskCoordination(int unitId) => UnitId = unitId;

    public int TaskId { get; private set; }
    public int UnitId { get; private set; }
    public DateOnly? ContributionDueOn { get; private set; }
    public DateTimeOffset? ContributionAskedAt { get; private set; }

    internal void Ask(DateOnly dueOn, DateTimeOffset at)
    {
        ContributionDueOn = dueOn;
        ContributionAskedAt = at;
    }
}
