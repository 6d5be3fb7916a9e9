namespace Portal.Domain.Cases;

public sealed class TaskCoordination
{
    private TaskCoordination() { }

    public TaskCoordination(int unitId) => UnitId = unitId;

    public int TaskId { get; private set; }
    public int UnitId { get; private set; }
}
