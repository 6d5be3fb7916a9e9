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

    public UrgingNotice(int taskId, int unitId, int number, DateOnly dueOn, DateOnly deadline, DateTimeOffset issuedAt, bool sent = true)
    {
        TaskId = taskId;
        UnitId = unitId;
        Number = number;
        DueOn = dueOn;
        Deadline = deadline;
        IssuedAt = issuedAt;
        Sent = sent;
    }

    /// <summary>
    /// The day a task's urging counts from: its deadline, or a later day its result was judged not achieved — the unit
    /// had its report in until then, so it is not urged for those days (today's cycle, not one dated months back).
    /// </summary>
    public static DateOnly CycleStart(DateOnly deadline, DateOnly? rejectedOn) => rejectedOn is { } r && r > deadline ? r : deadline;

    public long Id { get; private set; }
    public int TaskId { get; private set; }
    public int UnitId { get; private set; }
    /// <summary>1, 2, 3… within the current cycle (<see cref="CycleStart"/>).</summary>
    public int Number { get; private set; }
    /// <summary>The working day the notice falls due by the rule (it may be issued later after a server outage).</summary>
    public DateOnly DueOn { get; private set; }
    /// <summary>The effective deadline the notice is about.</summary>
    public DateOnly Deadline { get; private set; }
    public DateTimeOffset IssuedAt { get; private set; }
    /// <summary>False when it fell due longer ago than the catch-up window (a server down for days, a register just
    /// imported): recorded, so the count and the escalation stay right, but nobody was notified of it.</summary>
    public bool Sent { get; private set; } = true;
}
