using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Security;

namespace Portal.App.Features.Tasks;

public sealed record TaskDetail(
    int Id, int Version, string Content, TaskProgress Progress, TaskState State, DateOnly? Deadline, DateOnly? OriginalDeadline,
    int ExtensionCount, bool ReportRequired, DateTimeOffset AssignedAt, int LeadUnitId, string LeadUnit,
    IReadOnlyList<string> CoordinatingUnits, string? Assignee, IReadOnlyList<string> CoordinatingSpecialists, string? DelegatedUnit,
    string? TrackingSpecialist, string? TrackingLeader, ReportDraft? Report, DateTimeOffset? LastSubmittedAt, string? LastDecisionReason,
    int? ParentTaskId, IReadOnlyList<SubTaskRow> SubTasks, DocumentInfo? Document, TaskPermissions Can,
    IReadOnlyList<TaskNoteRow> Updates, IReadOnlyList<TaskNoteRow> Contributions, IReadOnlyList<ExtensionRow> Extensions,
    IReadOnlyList<UrgingNoticeRow> Notices, DateTimeOffset? EscalatedAt, IReadOnlyList<TaskHistoryRow> History,
    TaskTracking? Tracking = null, IReadOnlyList<CoordinationRow>? Coordination = null, IReadOnlyList<ProposalRow>? Proposals = null,
    ReportingCycle ReportingCycle = ReportingCycle.WhenDone, bool OwesPeriodicUpdate = false, UpdateDeadlines? UpdateDeadlines = null);

/// <summary>
/// The task's update deadlines: the day the unit's answer must be entered by (late when submitted after it, or still not
/// submitted after it), and the day the assigner must review the report submitted last.
/// </summary>
public sealed record UpdateDeadlines(DateOnly? AnswerEntryDueOn, bool AnswerEntryLate, DateOnly? ReviewDueOn, bool ReviewLate, DateOnly? PeriodEnd);

/// <summary>A proposal of the lead unit to adjust the task, and its answer (Khánh Hòa 1986 Điều 11.4, 12.1b).</summary>
public sealed record ProposalRow(int Id, DateTimeOffset ProposedAt, string ProposedBy, string? Content, DateOnly? Deadline, string Reason,
                                 ProposalStatus Status, string? AnsweredBy, DateTimeOffset? AnsweredAt, string? AnswerNote);

/// <summary>A coordinating unit, the date its contribution was asked for, and whether it is late (Đồng Tháp 128 Điều 14.6).</summary>
public sealed record CoordinationRow(int UnitId, string Unit, DateOnly? DueOn, bool Late);

/// <summary>Who else is named on the task (hue-71 Điều 6.1b/h, khanhhoa-1986 Điều 8.1).</summary>
public sealed record TaskTracking(string? SubmittingUnit, string? CompilingUnit, string? OfficeLeader, string? DepartmentHead);
