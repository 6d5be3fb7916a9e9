namespace Portal.Domain.Cases;

/// <summary>
/// An urging notice (phiếu báo, Huế 71/2016 Điều 8.1e): one for every 3 working days a task stays past its deadline
/// without a result. (TaskId, DueOn) is its natural key.
/// </summary>
public sealed class UrgingNotice
{
    /// <summary>Working days between two notices ("01 phiếu báo cho 03 ngày").</summary>
    public const int IntervalWorkingDays = 3;

    /// <summary>Notices after which, still without a result, the task goes to the Chairman ("quá 03 phiếu báo").</summary>
    public const int NoticesBeforeEscalation = 3;

    private UrgingNotice() { }

    public UrgingNotice(int taskId, int unitId, int number, DateOnly dueOn, DateOnly deadline, DateTimeOffset issuedAt)
    {
        TaskId = taskId;
        UnitId = unitId;
        Number = number;
        DueOn = dueOn;
        Deadline = deadline;
        IssuedAt = issuedAt;
    }

    public long Id { get; private set; }
    public int TaskId { get; private set; }
    public int UnitId { get; private set; }
    /// <summary>1, 2, 3… within the current deadline.</summary>
    public int Number { get; private set; }
    /// <summary>The working day the notice falls due by the rule (it may be issued later after a server outage).</summary>
    public DateOnly DueOn { get; private set; }
    /// <summary>The effective deadline the notice is about.</summary>
    public DateOnly Deadline { get; private set; }
    public DateTimeOffset IssuedAt { get; private set; }
}
