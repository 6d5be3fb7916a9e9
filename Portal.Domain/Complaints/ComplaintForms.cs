namespace Portal.Domain.Complaints;

/// <summary>
/// How one letter stands in a reporting period, as the inspectorate's forms count it (Thông tư 01/2024/TT-TTCP): carried over
/// from before the period (received earlier, not handled before it began) or received in it; handled by the period's end or
/// not; eligible; its content; how many times its matter had already been resolved when it came (none, once, several times);
/// the result by competence; its field; the resolution round of its case.
/// </summary>
public sealed record LetterFacts(int LetterId, int CaseId, int AgencyId, bool CarriedOver, bool Handled, bool Eligible, LetterContent Content,
                                 int PriorResolutions, CompetenceOutcome? Competence, ComplaintField Field, int? Round)
{
    public bool IsComplaint => Content is LetterContent.Complaint or LetterContent.Several;
    public bool IsPetition => Content == LetterContent.PetitionOrFeedback;
    public bool WithinCompetence => Eligible && Competence == CompetenceOutcome.Accept;
    public bool OutsideCompetence => Eligible && Competence is CompetenceOutcome.Guide or CompetenceOutcome.Forward or CompetenceOutcome.Urge;

    /// <summary>Resolutions of the matter known when the letter came: its case's decision signed before it, and for a second complaint the first decision.</summary>
    public static int PriorResolutionsOf(DateOnly receivedOn, int? round, DateOnly? resolvedOn) =>
        (round == 2 ? 1 : 0) + (resolvedOn is { } on && on < receivedOn ? 1 : 0);

    /// <summary>The facts of a letter for the period [<paramref name="from"/>, <paramref name="to"/>]; null when the period does not hold it.</summary>
    public static LetterFacts? For(int letterId, int caseId, int agencyId, DateOnly receivedOn, DateOnly? decidedOn, LetterStage stage, LetterContent content,
                                   CompetenceOutcome? competence, ComplaintField field, int? round, DateOnly? resolvedOn, DateOnly from, DateOnly to)
    {
        if (receivedOn > to) return null;
        var carriedOver = receivedOn < from;
        // A letter handled before the period began was the earlier period's.
        if (carriedOver && decidedOn is { } d && d < from) return null;
        var handled = decidedOn is { } on && on <= to;
        var eligible = handled && stage is not (LetterStage.Received or LetterStage.Filed);
        return new LetterFacts(letterId, caseId, agencyId, carriedOver, handled, eligible, content, PriorResolutionsOf(receivedOn, round, resolvedOn),
                               handled ? competence : null, field, round);
    }
}

/// <summary>A column of a form: where it sits under the headings, what it counts (letters, or the distinct cases of those letters).</summary>
public sealed record FormColumn(string Group, string? SubGroup, string Label, Func<LetterFacts, bool> Counts, bool Cases = false);

/// <summary>
/// One statistical form of letters (Thông tư 01/2024/TT-TTCP): its code, title, which letters it is about and its columns. A new
/// form is a new definition here; the figures, the screen and the workbook read any definition the same way.
/// </summary>
public sealed record ComplaintFormDefinition(string Code, string Title, string Subject, Func<LetterFacts, bool> Scope, IReadOnlyList<FormColumn> Columns);

public static class ComplaintForms
{
    private static IEnumerable<FormColumn> Intake(string what) =>
    [
        new($"Tổng số {what} phải xử lý", null, "Tổng số", _ => true),
        new($"Tổng số {what} phải xử lý", null, "Kỳ trước chuyển sang", f => f.CarriedOver),
        new($"Tổng số {what} phải xử lý", null, "Tiếp nhận trong kỳ", f => !f.CarriedOver),
        new("Kết quả xử lý", null, "Số đơn đã xử lý", f => f.Handled),
        new("Kết quả xử lý", null, "Số đơn chưa xử lý (chuyển kỳ sau)", f => !f.Handled),
        new("Đủ điều kiện xử lý", null, "Số đơn", f => f.Eligible),
        new("Đủ điều kiện xử lý", null, "Số vụ việc", f => f.Eligible, Cases: true),
    ];

    private static IEnumerable<FormColumn> ResolutionState() =>
    [
        new("Phân loại theo tình trạng giải quyết", "Đã được giải quyết", "Lần đầu", f => f.Eligible && f.PriorResolutions == 1),
        new("Phân loại theo tình trạng giải quyết", "Đã được giải quyết", "Nhiều lần", f => f.Eligible && f.PriorResolutions > 1),
        new("Phân loại theo tình trạng giải quyết", null, "Chưa được giải quyết", f => f.Eligible && f.PriorResolutions == 0),
    ];

    private static IEnumerable<FormColumn> Competence(Func<LetterFacts, bool>[] within, string[] withinLabels) =>
    [
        new("Kết quả xử lý đơn", "Thuộc thẩm quyền", "Tổng số", f => f.WithinCompetence),
        .. within.Zip(withinLabels).Select(p => new FormColumn("Kết quả xử lý đơn", "Thuộc thẩm quyền", p.Second, f => f.WithinCompetence && p.First(f))),
        new("Kết quả xử lý đơn", "Không thuộc thẩm quyền", "Tổng số", f => f.OutsideCompetence),
        new("Kết quả xử lý đơn", "Không thuộc thẩm quyền", "Hướng dẫn", f => f.Eligible && f.Competence == CompetenceOutcome.Guide),
        new("Kết quả xử lý đơn", "Không thuộc thẩm quyền", "Chuyển đơn", f => f.Eligible && f.Competence == CompetenceOutcome.Forward),
        new("Kết quả xử lý đơn", "Không thuộc thẩm quyền", "Đôn đốc giải quyết", f => f.Eligible && f.Competence == CompetenceOutcome.Urge),
    ];

    private static IEnumerable<FormColumn> Fields(string group) =>
    [
        new(group, "Hành chính", "Đất đai", f => f.Eligible && f.Field == ComplaintField.Land),
        new(group, "Hành chính", "Nhà cửa", f => f.Eligible && f.Field == ComplaintField.Housing),
        new(group, "Hành chính", "Chế độ, chính sách", f => f.Eligible && f.Field == ComplaintField.Policy),
        new(group, "Hành chính", "Lĩnh vực khác", f => f.Eligible && f.Field == ComplaintField.OtherAdministrative),
        new(group, null, "Tư pháp", f => f.Eligible && f.Field == ComplaintField.Judicial),
        new(group, null, "Đảng, đoàn thể", f => f.Eligible && f.Field == ComplaintField.PartyAndUnions),
        new(group, null, "Khác", f => f.Eligible && f.Field == ComplaintField.Other),
    ];

    /// <summary>Biểu 01/XLD — Tổng hợp kết quả xử lý đơn. A letter with several contents counts as a complaint; denunciations are never entered.</summary>
    public static ComplaintFormDefinition Xld01 { get; } = new("01/XLD", "TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN", "đơn", _ => true,
    [
        .. Intake("đơn"),
        new("Phân loại đơn theo nội dung", null, "Khiếu nại", f => f.Eligible && f.IsComplaint),
        new("Phân loại đơn theo nội dung", null, "Tố cáo", f => f.Eligible && f.Content == LetterContent.Denunciation),
        new("Phân loại đơn theo nội dung", null, "Kiến nghị, phản ánh", f => f.Eligible && f.IsPetition),
        .. ResolutionState(),
        .. Competence([f => f.IsComplaint, f => f.Content == LetterContent.Denunciation, f => f.IsPetition], ["Khiếu nại", "Tố cáo", "Kiến nghị, phản ánh"]),
    ]);

    /// <summary>Biểu 02/XLD — Tổng hợp kết quả xử lý đơn khiếu nại: by field, and first or second complaint.</summary>
    public static ComplaintFormDefinition Xld02 { get; } = new("02/XLD", "TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN KHIẾU NẠI", "đơn khiếu nại", f => f.IsComplaint,
    [
        .. Intake("đơn"),
        .. Fields("Phân loại theo lĩnh vực"),
        new("Phân loại theo lần khiếu nại", null, "Lần đầu", f => f.Eligible && f.Round != 2),
        new("Phân loại theo lần khiếu nại", null, "Lần hai", f => f.Eligible && f.Round == 2),
        .. ResolutionState(),
        .. Competence([], []),
    ]);

    /// <summary>Biểu 04/XLD — Tổng hợp kết quả xử lý đơn kiến nghị, phản ánh.</summary>
    public static ComplaintFormDefinition Xld04 { get; } = new("04/XLD", "TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN KIẾN NGHỊ, PHẢN ÁNH", "đơn kiến nghị, phản ánh", f => f.IsPetition,
    [
        .. Intake("đơn"),
        .. Fields("Phân loại theo lĩnh vực"),
        .. Competence([], []),
    ]);

    public static IReadOnlyList<ComplaintFormDefinition> All { get; } = [Xld01, Xld02, Xld04];

    public static ComplaintFormDefinition? Find(string? code) => All.FirstOrDefault(f => string.Equals(f.Code, code, StringComparison.OrdinalIgnoreCase)
                                                                                       || string.Equals(f.Code.Replace("/", "", StringComparison.Ordinal), code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The figures of each column over these letters: a count of letters, or of the distinct cases.</summary>
    public static int[] Figures(ComplaintFormDefinition form, IEnumerable<LetterFacts> letters)
    {
        var inScope = letters.Where(form.Scope).ToList();
        return [.. form.Columns.Select(c => c.Cases ? inScope.Where(c.Counts).Select(f => f.CaseId).Distinct().Count() : inScope.Count(c.Counts))];
    }
}
