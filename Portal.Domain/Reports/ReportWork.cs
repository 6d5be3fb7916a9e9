namespace Portal.Domain.Reports;

/// <summary>
/// Which of the People's Committee's tasks Phụ lục IV and V count: the directive tasks of its documents (Huế 71/2016, the
/// default), the tasks it assigns while resolving a complaint (Đồng Tháp 1122/2017 Điều 5.2–5.7: the same steps, statuses and
/// reports), or both.
/// </summary>
public enum ReportWork
{
    Directive = 0,
    ComplaintResolution = 1,
    All = 2,
}

/// <summary>The Vietnamese wording of <see cref="ReportWork"/>, in the pickers and the reports' titles.</summary>
public static class ReportWorks
{
    public static string Label(ReportWork work) => work switch
    {
        ReportWork.ComplaintResolution => "Nhiệm vụ giải quyết khiếu nại",
        ReportWork.All => "Nhiệm vụ chỉ đạo và nhiệm vụ giải quyết khiếu nại",
        _ => "Nhiệm vụ chỉ đạo, điều hành",
    };

    /// <summary>The report's title: Phụ lục V's for directive tasks, worded for the work counted otherwise.</summary>
    public static string SummaryTitle(ReportWork work) => work switch
    {
        ReportWork.ComplaintResolution => "Tổng hợp kết quả thực hiện nhiệm vụ giải quyết khiếu nại do UBND tỉnh giao",
        ReportWork.All => "Tổng hợp kết quả thực hiện nhiệm vụ của UBND tỉnh, Chủ tịch UBND tỉnh (gồm nhiệm vụ giải quyết khiếu nại)",
        _ => "Tổng hợp kết quả thực hiện nhiệm vụ của UBND tỉnh, Chủ tịch UBND tỉnh",
    };
}
