using Portal.Domain.Directives;

namespace Portal.App.Infrastructure;

/// <summary>The province's rules that differ between regulations (SPEC §3): which entry rule, whether tasks without deadline are tracked.</summary>
public sealed record ProvinceRules(EntryRuleProfile Entry, bool TracksTasksWithoutDeadline)
{
    public DateOnly EntryDeadline(DateTimeOffset issuedAt, DocumentUrgency urgency, int taskCount, Portal.Domain.Calendar.WorkingCalendar calendar) =>
        Entry.EntryDeadline(issuedAt, urgency, taskCount, calendar);
}

/// <summary>Reads the rule profile from configuration (<c>Portal:EntryRule</c> = Hue, KhanhHoa or DongThap).</summary>
public sealed class RuleProfiles(IConfiguration configuration)
{
    public Task<ProvinceRules> GetAsync(CancellationToken ct = default)
    {
        var entry = configuration["Portal:EntryRule"] switch
        {
            "KhanhHoa" => EntryRuleProfile.KhanhHoa,
            "DongThap" => EntryRuleProfile.DongThap,
            _ => EntryRuleProfile.Hue,
        };
        var withoutDeadline = configuration.GetValue("Portal:TrackTasksWithoutDeadline", entry != EntryRuleProfile.DongThap);
        return Task.FromResult(new ProvinceRules(entry, withoutDeadline));
    }
}
