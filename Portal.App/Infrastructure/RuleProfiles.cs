using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.Rules;

namespace Portal.App.Infrastructure;

/// <summary>
/// The rule profile: what the administrator saved (<see cref="RuleSettings"/>), or until then the defaults of the
/// configuration (<c>Portal:EntryRule</c> = Hue, KhanhHoa or DongThap, <c>Portal:TrackTasksWithoutDeadline</c>,
/// <c>Reminders:WarningDays</c>, <c>Evaluation:*</c>). Read once and kept until the administrator changes it.
/// </summary>
public sealed class RuleProfiles(IOptions<PortalOptions> portal, IOptions<RemindersOptions> reminders, IOptions<EvaluationOptions> evaluation,
                                  IDbContextFactory<PortalDbContext> dbFactory)
{
    private volatile ProvinceRules? _rules;

    public async Task<ProvinceRules> GetAsync(CancellationToken ct = default)
    {
        if (_rules is { } cached) return cached;
        return _rules = ProvinceRules.Of(await SettingsAsync(ct));
    }

    /// <summary>The saved settings, or a new (unsaved) row holding the configured defaults.</summary>
    public async Task<RuleSettings> SettingsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.RuleSettings.AsNoTracking().OrderBy(r => r.Id).FirstOrDefaultAsync(ct) ?? Defaults();
    }

    public RuleSettings Defaults()
    {
        var entry = portal.Value.EntryRule switch
        {
            "KhanhHoa" => EntryRuleProfile.KhanhHoa,
            "DongThap" => EntryRuleProfile.DongThap,
            _ => EntryRuleProfile.Hue,
        };
        var answerEntry = entry == EntryRuleProfile.KhanhHoa ? UpdateDeadline.KhanhHoa
            : entry == EntryRuleProfile.DongThap ? UpdateDeadline.DongThap : UpdateDeadline.Hue;
        var settings = RuleSettings.From(entry, portal.Value.TrackTasksWithoutDeadline ?? entry != EntryRuleProfile.DongThap, answerEntry);
        var warnings = reminders.Value.WarningDaysOrDefault;
        var points = evaluation.Value;
        settings.Change(settings.EntryWorkingDays, settings.EntryMultiTaskWorkingDays, settings.EntryCutOff, settings.UrgentSameDay,
            settings.TracksTasksWithoutDeadline, string.Join(",", warnings), settings.UrgingIntervalDays, settings.NoticesBeforeEscalation,
            points.BaseScore, points.OverdueDeduction, points.ExtensionDeduction, points.LateCompletionDeduction);
        settings.ChangeExtensionDocuments(entry == EntryRuleProfile.DongThap);
        settings.ChangeUnitAccounts(entry == EntryRuleProfile.KhanhHoa);
        settings.ChangeResponseDocuments(entry != EntryRuleProfile.Hue);
        return settings;
    }

    /// <summary>Working days back a reminder pass still notifies what fell due (<c>Reminders:CatchUpWorkingDays</c>).</summary>
    public int CatchUpWorkingDays => reminders.Value.CatchUpWorkingDays;

    public void Invalidate() => _rules = null;
}
