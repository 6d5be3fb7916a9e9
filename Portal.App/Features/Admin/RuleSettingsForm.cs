using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Rules;

namespace Portal.App.Features.Admin;

public sealed class RuleSettingsForm
{
    public int EntryWorkingDays { get; set; }
    public int? EntryMultiTaskWorkingDays { get; set; }
    public bool UseCutOff { get; set; }
    public TimeSpan? EntryCutOff { get; set; }
    public bool UrgentSameDay { get; set; }
    public bool TracksTasksWithoutDeadline { get; set; }
    public string WarningDays { get; set; } = "";
    public int UrgingIntervalDays { get; set; }
    public int NoticesBeforeEscalation { get; set; }
    public Portal.Domain.Rules.EscalationTarget EscalationTarget { get; set; }
    public bool ExtensionDocumentsRequired { get; set; }
    public bool OneUnitAccountPerUnit { get; set; }
    public bool ResponseDocumentRequired { get; set; }
    public int AnswerEntryWorkingDays { get; set; }
    public bool AnswerEntryUseCutOff { get; set; }
    public TimeSpan? AnswerEntryCutOff { get; set; }
    public bool ReviewDeadline { get; set; }
    public int ReviewWorkingDays { get; set; }
    public bool ReviewUseCutOff { get; set; }
    public TimeSpan? ReviewCutOff { get; set; }
    public double LateUpdateDeduction { get; set; }
    public Portal.Domain.Cases.DeadlineUnit ComplaintDecideUnit { get; set; }
    public Portal.Domain.Cases.DeadlineUnit ComplaintFirstUnit { get; set; }
    public Portal.Domain.Cases.DeadlineUnit ComplaintSecondUnit { get; set; }
    public double EvaluationBase { get; set; }
    public double OverdueDeduction { get; set; }
    public double ExtensionDeduction { get; set; }
    public double LateCompletionDeduction { get; set; }
    public int Version { get; set; }
    /// <summary>The province the profile is for (the administrator's), and whether it has a profile of its own yet.</summary>
    public string Province { get; set; } = "";
    public bool OwnProfile { get; set; }
    public string? HeaderProvinceName { get; set; }
    public string? HeaderCommittee { get; set; }
    public string? HeaderParentBody { get; set; }

    public static RuleSettingsForm From(RuleSettings s, int version) => new()
    {
        EntryWorkingDays = s.EntryWorkingDays,
        EntryMultiTaskWorkingDays = s.EntryMultiTaskWorkingDays,
        UseCutOff = s.EntryCutOff is not null,
        EntryCutOff = s.EntryCutOff?.ToTimeSpan() ?? new TimeSpan(15, 0, 0),
        UrgentSameDay = s.UrgentSameDay,
        TracksTasksWithoutDeadline = s.TracksTasksWithoutDeadline,
        WarningDays = s.WarningDays.Replace(",", ", "),
        UrgingIntervalDays = s.UrgingIntervalDays,
        NoticesBeforeEscalation = s.NoticesBeforeEscalation,
        EscalationTarget = s.EscalationTarget,
        ExtensionDocumentsRequired = s.ExtensionDocumentsRequired,
        OneUnitAccountPerUnit = s.OneUnitAccountPerUnit,
        ResponseDocumentRequired = s.ResponseDocumentRequired,
        AnswerEntryWorkingDays = s.AnswerEntryWorkingDays,
        AnswerEntryUseCutOff = s.AnswerEntryCutOff is not null,
        AnswerEntryCutOff = s.AnswerEntryCutOff?.ToTimeSpan() ?? new TimeSpan(15, 0, 0),
        ReviewDeadline = s.ReviewWorkingDays is not null,
        ReviewWorkingDays = s.ReviewWorkingDays ?? 0,
        ReviewUseCutOff = s.ReviewCutOff is not null,
        ReviewCutOff = s.ReviewCutOff?.ToTimeSpan() ?? new TimeSpan(15, 0, 0),
        LateUpdateDeduction = s.LateUpdateDeduction,
        ComplaintDecideUnit = s.ComplaintDecideUnit,
        ComplaintFirstUnit = s.ComplaintFirstUnit,
        ComplaintSecondUnit = s.ComplaintSecondUnit,
        EvaluationBase = s.EvaluationBase,
        OverdueDeduction = s.OverdueDeduction,
        ExtensionDeduction = s.ExtensionDeduction,
        LateCompletionDeduction = s.LateCompletionDeduction,
        Version = version,
        HeaderProvinceName = s.ProvinceName,
        HeaderCommittee = s.CommitteeName,
        HeaderParentBody = s.ParentBody,
    };
}
