namespace Portal.Domain.Reports;

/// <summary>
/// Which tasks a report holds (Huế 71/2016 Phụ lục IV and V report the situation "Đến ngày …"), each as it stood at the
/// end of the period (SPEC §7).
/// </summary>
public enum ReportScope
{
    /// <summary>The tasks registered in the period and those registered earlier that were still unfinished when it began
    /// (kỳ trước chuyển sang): unfinished overdue work never drops out of a later report. The default.</summary>
    WithCarriedOver = 0,
    /// <summary>Only the tasks registered in the period.</summary>
    RegisteredInPeriod = 1,
    /// <summary>Every task registered up to the end of the period.</summary>
    UpToDate = 2,
}
