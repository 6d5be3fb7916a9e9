using System.Globalization;
using Portal.Domain.Reports;

namespace Portal.App.Features.Reports;

/// <summary>What the clerk picked on the reports page, as it travels in the download link.</summary>
public sealed record ReportQuery(PeriodKind Kind, int Year, int Number, bool Statutory, DateOnly? From, DateOnly? To, int? UnitId, int? LeaderId,
                                 Portal.Domain.Directives.DocumentField? Field = null, ReportScope Scope = ReportScope.WithCarriedOver,
                                 ReportWork Work = ReportWork.Directive)
{
    /// <summary>The period picked; a period that does not exist (a 13th month, a 5th quarter) is refused in Vietnamese.</summary>
    public ReportPeriod Period
    {
        get
        {
            try
            {
                return Kind == PeriodKind.Custom
                    ? ReportPeriod.Custom(From ?? throw new Domain.DomainException("Vui lòng chọn ngày bắt đầu."),
                                          To ?? throw new Domain.DomainException("Vui lòng chọn ngày kết thúc."))
                    : ReportPeriod.Create(Kind, Year, Number, Statutory);
            }
            catch (ArgumentException)
            {
                throw new Domain.DomainException("Kỳ báo cáo không hợp lệ.");
            }
        }
    }

    public ReportFilter Filter => new(UnitId, LeaderId, Field, Scope, Work);

    public string ToQueryString()
    {
        var parts = new List<string> { $"kind={Kind}", $"year={Year}", $"number={Number}", $"statutory={Statutory}" };
        if (From is { } f) parts.Add($"from={f:yyyy-MM-dd}");
        if (To is { } t) parts.Add($"to={t:yyyy-MM-dd}");
        if (UnitId is { } u) parts.Add($"unit={u}");
        if (LeaderId is { } l) parts.Add($"leader={l}");
        if (Field is { } field) parts.Add($"field={field}");
        if (Scope != ReportScope.WithCarriedOver) parts.Add($"scope={Scope}");
        if (Work != ReportWork.Directive) parts.Add($"work={Work}");
        return string.Join('&', parts);
    }

    /// <summary>The query of a download link; anything malformed falls back to the default (this year's first month, no filter).</summary>
    public static ReportQuery Parse(IQueryCollection query, int currentYear)
    {
        static int? Int(string? s) => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
        static DateOnly? Date(string? s) => DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        return new(Infrastructure.QueryValues.Named<PeriodKind>(query["kind"]) ?? PeriodKind.Month,
                   Int(query["year"]) is { } year and >= 2000 and <= 2100 ? year : currentYear, Int(query["number"]) ?? 1,
                   bool.TryParse(query["statutory"], out var statutory) && statutory,
                   Date(query["from"]), Date(query["to"]), Infrastructure.QueryValues.Id(query["unit"]), Infrastructure.QueryValues.Id(query["leader"]),
                   Infrastructure.QueryValues.Named<Portal.Domain.Directives.DocumentField>(query["field"]),
                   Infrastructure.QueryValues.Named<ReportScope>(query["scope"]) ?? ReportScope.WithCarriedOver,
                   Infrastructure.QueryValues.Named<ReportWork>(query["work"]) ?? ReportWork.Directive);
    }
}
