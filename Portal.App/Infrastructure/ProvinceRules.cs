using Microsoft.Extensions.Options;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.Rules;

namespace Portal.App.Infrastructure;

/// <summary>The province's rules that differ between regulations (SPEC §3–§5), as in force now.</summary>
public sealed record ProvinceRules(EntryRuleProfile Entry, bool TracksTasksWithoutDeadline, IReadOnlyList<int> WarningDays,
                                   int UrgingIntervalDays, int NoticesBeforeEscalation, double EvaluationBase, double OverdueDeduction,
                                   double ExtensionDeduction, double LateCompletionDeduction,
                                   EscalationTarget EscalationTarget = EscalationTarget.Chairman, bool ExtensionDocumentsRequired = false,
                                   bool OneUnitAccountPerUnit = false, bool ResponseDocumentRequired = false,
                                   UpdateDeadline? AnswerEntry = null, UpdateDeadline? Review = null, double LateUpdateDeduction = 0,
                                   Portal.Domain.Complaints.ComplaintLimits? Complaints = null)
{
    /// <summary>The complaint limits (the law's, counted in calendar days, when none was set).</summary>
    public Portal.Domain.Complaints.ComplaintLimits ComplaintLimits => Complaints ?? Portal.Domain.Complaints.ComplaintLimits.Law;

    public DateOnly EntryDeadline(DateTimeOffset issuedAt, DocumentUrgency urgency, int taskCount, Portal.Domain.Calendar.WorkingCalendar calendar) =>
        Entry.EntryDeadline(issuedAt, urgency, taskCount, calendar);

    public static ProvinceRules Of(RuleSettings s) => new(s.EntryProfile, s.TracksTasksWithoutDeadline, s.WarningDayList, s.UrgingIntervalDays,
        s.NoticesBeforeEscalation, s.EvaluationBase, s.OverdueDeduction, s.ExtensionDeduction, s.LateCompletionDeduction, s.EscalationTarget, s.ExtensionDocumentsRequired,
        s.OneUnitAccountPerUnit, s.ResponseDocumentRequired, s.AnswerEntry, s.Review, s.LateUpdateDeduction, s.ComplaintLimits);

    /// <summary>The unit's answer-entry limit (Huế's 3 working days when none was set).</summary>
    public UpdateDeadline AnswerEntryRule => AnswerEntry ?? UpdateDeadline.Hue;
}
