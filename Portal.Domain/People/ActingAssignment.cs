using Portal.Domain.Text;

namespace Portal.Domain.People;

/// <summary>How a person stands in for an absent leader: "quyền" (acting in the office) or "phụ trách" (in charge).</summary>
public enum ActingKind
{
    /// <summary>Quyền: holds the absent leader's office for the period.</summary>
    Acting,
    /// <summary>Phụ trách: takes charge of the absent leader's work for the period.</summary>
    InCharge,
}

/// <summary>
/// A leader's absence covered by another person of the same unit for a period (giao quyền, phân công phụ trách): while it
/// runs the stand-in takes the absent leader's steps — approvals, confirmations of the tasks that leader assigned — and the
/// history and audit trail say in which capacity.
/// </summary>
public sealed class ActingAssignment
{
    public const int NoteMaxLength = 500;
    /// <summary>An absence is named for at most a year at a time.</summary>
    public const int MaxDays = 366;

    private ActingAssignment() { }

    public ActingAssignment(int absentPersonId, int actingPersonId, ActingKind kind, DateOnly from, DateOnly to, string? note, int? namedById,
                            DateTimeOffset namedAt)
    {
        if (absentPersonId == actingPersonId) throw new DomainException("Người được giao quyền phải khác người vắng mặt.");
        if (!Enum.IsDefined(kind)) throw new DomainException("Hình thức giao quyền không hợp lệ.");
        if (to < from) throw new DomainException("Ngày kết thúc không được trước ngày bắt đầu.");
        if (to.DayNumber - from.DayNumber >= MaxDays) throw new DomainException($"Mỗi lần giao quyền dài tối đa {MaxDays} ngày.");
        if (from < VietnamTime.DateOf(namedAt)) throw new DomainException("Ngày bắt đầu giao quyền không được trước hôm nay.");
        AbsentPersonId = absentPersonId;
        ActingPersonId = actingPersonId;
        Kind = kind;
        From = from;
        To = to;
        Note = TextInput.Optional(note, NoteMaxLength, "Ghi chú");
        NamedById = namedById;
        NamedAt = namedAt;
    }

    public int Id { get; private set; }
    public int AbsentPersonId { get; private set; }
    public int ActingPersonId { get; private set; }
    public ActingKind Kind { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public string? Note { get; private set; }
    public int? NamedById { get; private set; }
    public DateTimeOffset NamedAt { get; private set; }
    /// <summary>When it was ended early (the leader came back); it then covers no day from that one on.</summary>
    public DateTimeOffset? EndedAt { get; private set; }

    /// <summary>Whether the stand-in acts on this Vietnam day.</summary>
    public bool Covers(DateOnly day) => From <= day && day <= To && (EndedAt is not { } ended || day < VietnamTime.DateOf(ended));

    public bool Overlaps(DateOnly from, DateOnly to) => EndedAt is null && From <= to && from <= To;

    public void End(DateTimeOffset at)
    {
        if (EndedAt is not null) throw new DomainException("Việc giao quyền này đã kết thúc.");
        EndedAt = at;
    }

    public static string Label(ActingKind kind) => kind == ActingKind.Acting ? "Quyền" : "Phụ trách";

    /// <summary>How the history names a step of the stand-in: "Quyền Giám đốc (thay Lê Văn Đức)", "Phụ trách (thay Giám đốc Lê Văn Đức)".</summary>
    public static string Capacity(ActingKind kind, string absentName, string absentPosition) => kind == ActingKind.Acting
        ? $"Quyền {absentPosition} (thay {absentName})"
        : $"Phụ trách (thay {absentPosition} {absentName})";
}
