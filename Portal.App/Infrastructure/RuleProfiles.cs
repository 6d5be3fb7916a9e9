using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.Rules;

namespace Portal.App.Infrastructure;

/// <summary>
/// The rule profiles, one per province (a root of the unit tree, SPEC §1): what the province's administrator saved
/// (<see cref="RuleSettings"/> with its <see cref="RuleSettings.ProvinceId"/>), else the installation's default profile (saved
/// without a province), else the defaults of the configuration (<c>Portal:EntryRule</c> = Hue, KhanhHoa or DongThap,
/// <c>Portal:TrackTasksWithoutDeadline</c>, <c>Reminders:WarningDays</c>, <c>Evaluation:*</c>, the <c>Portal</c> names for the
/// report headers). Read once per province and kept until an administrator changes one.
/// </summary>
public sealed class RuleProfiles(IOptions<PortalOptions> portal, IOptions<RemindersOptions> reminders, IOptions<EvaluationOptions> evaluation,
                                  IDbContextFactory<PortalDbContext> dbFactory, UnitTreeCache? units = null)
{
    private readonly UnitTreeCache tree = units ?? new UnitTreeCache(dbFactory);
    private readonly ConcurrentDictionary<int, (ProvinceRules Rules, ReportHeader Header)> _profiles = new();

    /// <summary>The rules in force in the province; none = the installation's default.</summary>
    public async Task<ProvinceRules> ForProvinceAsync(int? provinceId, CancellationToken ct = default) => (await ProfileAsync(provinceId, ct)).Rules;

    /// <summary>The rules in force in the unit's province (a task's: its lead unit's; a person's: their unit's).</summary>
    public async Task<ProvinceRules> ForUnitAsync(int? unitId, CancellationToken ct = default) =>
        await ForProvinceAsync(await tree.ProvinceOfAsync(unitId, ct), ct);

    /// <summary>The header of the reports and letters of the unit's province.</summary>
    public async Task<ReportHeader> HeaderForUnitAsync(int? unitId, CancellationToken ct = default) =>
        (await ProfileAsync(await tree.ProvinceOfAsync(unitId, ct), ct)).Header;

    /// <summary>
    /// The settings in force in the province: its own saved row, else the installation's default row, else a new (unsaved) row
    /// holding the configured defaults.
    /// </summary>
    public async Task<RuleSettings> SettingsAsync(int? provinceId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.RuleSettings.AsNoTracking().Where(r => r.ProvinceId == null || r.ProvinceId == provinceId).OrderBy(r => r.Id).ToListAsync(ct);
        return rows.FirstOrDefault(r => provinceId is not null && r.ProvinceId == provinceId) ?? rows.FirstOrDefault(r => r.ProvinceId == null) ?? Defaults();
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

    /// <summary>The configured header, what a province's profile leaves empty falls back to.</summary>
    public ReportHeader ConfiguredHeader => ReportHeader.From(portal.Value);

    /// <summary>Working days back a reminder pass still notifies what fell due (<c>Reminders:CatchUpWorkingDays</c>).</summary>
    public int CatchUpWorkingDays => reminders.Value.CatchUpWorkingDays;

    public void Invalidate() => _profiles.Clear();

    private async Task<(ProvinceRules Rules, ReportHeader Header)> ProfileAsync(int? provinceId, CancellationToken ct)
    {
        var key = provinceId ?? 0;
        if (_profiles.TryGetValue(key, out var cached)) return cached;
        var settings = await SettingsAsync(provinceId, ct);
        var configured = ConfiguredHeader;
        var header = new ReportHeader(settings.ProvinceName ?? configured.ProvinceName, settings.CommitteeName ?? configured.Committee,
                                      settings.ParentBody ?? configured.ParentBody);
        return _profiles[key] = (ProvinceRules.Of(settings), header);
    }
}
