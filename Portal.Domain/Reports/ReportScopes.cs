namespace Portal.Domain.Reports;

/// <summary>The Vietnamese wording of a report's scope, printed in its title.</summary>
public static class ReportScopes
{
    public static string Label(ReportScope scope) => scope switch
    {
        ReportScope.RegisteredInPeriod => "Nhiệm vụ giao trong kỳ",
        ReportScope.UpToDate => "Toàn bộ nhiệm vụ đã giao đến ngày báo cáo",
        _ => "Nhiệm vụ giao trong kỳ và nhiệm vụ kỳ trước chuyển sang",
    };
}
