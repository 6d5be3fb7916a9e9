namespace Portal.Domain.Complaints;

/// <summary>
/// How one letter stands in a reporting period, as the inspectorate's forms count it (Thông tư 01/2024/TT-TTCP): carried over
/// from before the period (received earlier, not handled before it began) or received in it; handled by the period's end or
/// not; eligible; its content; how many times its matter had already been resolved when it came (none, once, several times);
/// the result by competence; its field; the resolution round of its case; whether its matter already has a court's judgment.
/// </summary>
public sealed record LetterFacts(int LetterId, int CaseId, int AgencyId, bool CarriedOver, bool Handled, bool Eligible, LetterContent Content,
                                 int PriorResolutions, CompetenceOutcome? Competence, ComplaintField Field, int? Round, bool CourtJudgment)
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
                                   CompetenceOutcome? competence, ComplaintField field, bool courtJudgment, int? round, DateOnly? resolvedOn,
                                   DateOnly from, DateOnly to)
    {
        if (receivedOn > to) return null;
        var carriedOver = receivedOn < from;
        // A letter handled before the period began was the earlier period's.
        if (carriedOver && decidedOn is { } d && d < from) return null;
        var handled = decidedOn is { } on && on <= to;
        var eligible = handled && stage is not (LetterStage.Received or LetterStage.Filed);
        return new LetterFacts(letterId, caseId, agencyId, carriedOver, handled, eligible, content, PriorResolutionsOf(receivedOn, round, resolvedOn),
                               handled ? competence : null, field, round, courtJudgment);
    }
}

/// <summary>
/// How one case (its file) stands in a reporting period for the resolution forms (Biểu 01/KQGQ): accepted before the period
/// and still unresolved when it began (carried over), or accepted in it; resolved by its end or not; the decision's figures.
/// </summary>
public sealed record CaseFacts(int CaseId, int AgencyId, bool CarriedOver, bool Resolved, int? Round, ComplaintVerdict? Verdict, FirstDecisionOutcome? FirstDecision,
                               decimal MoneyToRecover, decimal LandToRecover, decimal MoneyToReturn, decimal LandToReturn, int PeopleDisciplined, LimitKept? Timeliness)
{
    /// <summary>The facts of an accepted case for the period [<paramref name="from"/>, <paramref name="to"/>]; null when the period does not hold it.</summary>
    public static CaseFacts? For(ComplaintCase c, DateOnly from, DateOnly to)
    {
        if (c.AcceptedOn is not { } accepted || accepted > to) return null;
        if (c.ResolvedOn is { } done && done < from) return null;
        var resolved = c.ResolvedOn is { } on && on <= to;
        return new CaseFacts(c.Id, c.AgencyId, accepted < from, resolved, c.Round, resolved ? c.Verdict : null, resolved ? c.FirstDecision : null,
                             resolved ? c.MoneyToRecover : 0, resolved ? c.LandToRecover : 0, resolved ? c.MoneyToReturn : 0, resolved ? c.LandToReturn : 0,
                             resolved ? c.PeopleDisciplined : 0, resolved ? c.ResolutionTimeliness : null);
    }
}

/// <summary>Where a column sits under a form's headings.</summary>
public sealed record FormHeading(string Group, string? SubGroup, string Label);

/// <summary>A column of a form: its heading and its value for one letter or case (1 or 0 for a count, an amount otherwise); or the distinct cases of the letters it counts.</summary>
public sealed record FormColumn<T>(string Group, string? SubGroup, string Label, Func<T, decimal> Value, bool Cases = false)
{
    public FormHeading Heading => new(Group, SubGroup, Label);
}

/// <summary>A statistical form as the screen and the workbook read it, whatever it counts.</summary>
public interface IComplaintForm
{
    string Code { get; }
    string Title { get; }
    IReadOnlyList<FormHeading> Headings { get; }
}

/// <summary>
/// One statistical form (Thông tư 01/2024/TT-TTCP): its code, title, which letters or cases it is about and its columns. A new
/// form is a new definition here; the figures, the screen and the workbook read any definition the same way.
/// </summary>
public sealed record ComplaintFormDefinition<T>(string Code, string Title, Func<T, bool> Scope, IReadOnlyList<FormColumn<T>> Columns) : IComplaintForm
{
    public IReadOnlyList<FormHeading> Headings => [.. Columns.Select(c => c.Heading)];

    /// <summary>The figure of each column over these letters or cases: the sum of its values, or the distinct cases it counts.</summary>
    public decimal[] Figures(IEnumerable<T> facts, Func<T, int> caseOf)
    {
        var inScope = facts.Where(Scope).ToList();
        return [.. Columns.Select(c => c.Cases ? inScope.Where(f => c.Value(f) != 0).Select(caseOf).Distinct().Count() : inScope.Sum(c.Value))];
    }
}

public static class ComplaintForms
{
    private static Func<T, decimal> N<T>(Func<T, bool> counts) => f => counts(f) ? 1 : 0;

    private static FormColumn<LetterFacts> L(string group, string? sub, string label, Func<LetterFacts, bool> counts, bool cases = false) =>
        new(group, sub, label, N(counts), cases);

    private static IEnumerable<FormColumn<LetterFacts>> Intake() =>
    [
        L("Tổng số đơn phải xử lý", null, "Tổng số", _ => true),
        L("Tổng số đơn phải xử lý", null, "Kỳ trước chuyển sang", f => f.CarriedOver),
        L("Tổng số đơn phải xử lý", null, "Tiếp nhận trong kỳ", f => !f.CarriedOver),
        L("Kết quả xử lý", null, "Số đơn đã xử lý", f => f.Handled),
        L("Kết quả xử lý", null, "Số đơn chưa xử lý (chuyển kỳ sau)", f => !f.Handled),
        L("Đủ điều kiện xử lý", null, "Số đơn", f => f.Eligible),
        L("Đủ điều kiện xử lý", null, "Số vụ việc", f => f.Eligible, cases: true),
    ];

    private static IEnumerable<FormColumn<LetterFacts>> ResolutionState() =>
    [
        L("Phân loại theo tình trạng giải quyết", "Đã được giải quyết", "Lần đầu", f => f.Eligible && f.PriorResolutions == 1),
        L("Phân loại theo tình trạng giải quyết", "Đã được giải quyết", "Nhiều lần", f => f.Eligible && f.PriorResolutions > 1),
        L("Phân loại theo tình trạng giải quyết", null, "Chưa được giải quyết", f => f.Eligible && f.PriorResolutions == 0),
    ];

    private static IEnumerable<FormColumn<LetterFacts>> Competence(Func<LetterFacts, bool>[] within, string[] withinLabels) =>
    [
        L("Kết quả xử lý đơn", "Thuộc thẩm quyền", "Tổng số", f => f.WithinCompetence),
        .. within.Zip(withinLabels).Select(p => L("Kết quả xử lý đơn", "Thuộc thẩm quyền", p.Second, f => f.WithinCompetence && p.First(f))),
        L("Kết quả xử lý đơn", "Không thuộc thẩm quyền", "Tổng số", f => f.OutsideCompetence),
        L("Kết quả xử lý đơn", "Không thuộc thẩm quyền", "Hướng dẫn", f => f.Eligible && f.Competence == CompetenceOutcome.Guide),
        L("Kết quả xử lý đơn", "Không thuộc thẩm quyền", "Chuyển đơn", f => f.Eligible && f.Competence == CompetenceOutcome.Forward),
        L("Kết quả xử lý đơn", "Không thuộc thẩm quyền", "Đôn đốc giải quyết", f => f.Eligible && f.Competence == CompetenceOutcome.Urge),
    ];

    private static IEnumerable<FormColumn<LetterFacts>> Fields(string group) =>
    [
        L(group, "Hành chính", "Đất đai", f => f.Eligible && f.Field == ComplaintField.Land),
        L(group, "Hành chính", "Nhà cửa", f => f.Eligible && f.Field == ComplaintField.Housing),
        L(group, "Hành chính", "Chế độ, chính sách", f => f.Eligible && f.Field == ComplaintField.Policy),
        L(group, "Hành chính", "Lĩnh vực khác", f => f.Eligible && f.Field == ComplaintField.OtherAdministrative),
        L(group, null, "Tư pháp", f => f.Eligible && f.Field == ComplaintField.Judicial),
        L(group, null, "Đảng, đoàn thể", f => f.Eligible && f.Field == ComplaintField.PartyAndUnions),
        L(group, null, "Khác", f => f.Eligible && f.Field == ComplaintField.Other),
    ];

    /// <summary>Biểu 01/XLD — Tổng hợp kết quả xử lý đơn. A letter with several contents counts as a complaint; denunciations are never entered.</summary>
    public static ComplaintFormDefinition<LetterFacts> Xld01 { get; } = new("01/XLD", "TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN", _ => true,
    [
        .. Intake(),
        L("Phân loại đơn theo nội dung", null, "Khiếu nại", f => f.Eligible && f.IsComplaint),
        L("Phân loại đơn theo nội dung", null, "Tố cáo", f => f.Eligible && f.Content == LetterContent.Denunciation),
        L("Phân loại đơn theo nội dung", null, "Kiến nghị, phản ánh", f => f.Eligible && f.IsPetition),
        .. ResolutionState(),
        .. Competence([f => f.IsComplaint, f => f.Content == LetterContent.Denunciation, f => f.IsPetition], ["Khiếu nại", "Tố cáo", "Kiến nghị, phản ánh"]),
    ]);

    /// <summary>Biểu 02/XLD — Tổng hợp kết quả xử lý đơn khiếu nại: by field, and first or second complaint.</summary>
    public static ComplaintFormDefinition<LetterFacts> Xld02 { get; } = new("02/XLD", "TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN KHIẾU NẠI", f => f.IsComplaint,
    [
        .. Intake(),
        .. Fields("Phân loại theo lĩnh vực"),
        L("Phân loại theo lần khiếu nại", null, "Lần đầu", f => f.Eligible && !f.CourtJudgment && f.Round != 2),
        L("Phân loại theo lần khiếu nại", null, "Lần hai", f => f.Eligible && !f.CourtJudgment && f.Round == 2),
        L("Phân loại theo lần khiếu nại", null, "Đã có bản án của Tòa án", f => f.Eligible && f.CourtJudgment),
        .. ResolutionState(),
        .. Competence([], []),
    ]);

    /// <summary>Biểu 04/XLD — Tổng hợp kết quả xử lý đơn kiến nghị, phản ánh.</summary>
    public static ComplaintFormDefinition<LetterFacts> Xld04 { get; } = new("04/XLD", "TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN KIẾN NGHỊ, PHẢN ÁNH", f => f.IsPetition,
    [
        .. Intake(),
        .. Fields("Phân loại theo lĩnh vực"),
        .. Competence([], []),
    ]);

    private static FormColumn<CaseFacts> C(string group, string? sub, string label, Func<CaseFacts, bool> counts) => new(group, sub, label, N(counts));

    /// <summary>
    /// Biểu 01/KQGQ — Tổng hợp kết quả giải quyết khiếu nại thuộc thẩm quyền: the accepted cases to resolve, those resolved (first or
    /// second time), the verdicts, the first decisions upheld or annulled, the recoveries, the people to discipline, the limit kept.
    /// </summary>
    public static ComplaintFormDefinition<CaseFacts> Kqgq01 { get; } = new("01/KQGQ", "TỔNG HỢP KẾT QUẢ GIẢI QUYẾT KHIẾU NẠI THUỘC THẨM QUYỀN", _ => true,
    [
        C("Vụ việc thuộc thẩm quyền phải giải quyết", null, "Tổng số", _ => true),
        C("Vụ việc thuộc thẩm quyền phải giải quyết", null, "Kỳ trước chuyển sang", f => f.CarriedOver),
        C("Vụ việc thuộc thẩm quyền phải giải quyết", null, "Thụ lý trong kỳ", f => !f.CarriedOver),
        C("Đã giải quyết", null, "Tổng số", f => f.Resolved),
        C("Đã giải quyết", null, "Lần đầu", f => f.Resolved && f.Round != 2),
        C("Đã giải quyết", null, "Lần hai", f => f.Resolved && f.Round == 2),
        C("Kết quả giải quyết", null, "Khiếu nại đúng", f => f.Verdict == ComplaintVerdict.Right),
        C("Kết quả giải quyết", null, "Khiếu nại sai", f => f.Verdict == ComplaintVerdict.Wrong),
        C("Kết quả giải quyết", null, "Khiếu nại đúng một phần", f => f.Verdict == ComplaintVerdict.PartlyRight),
        C("Giải quyết lần hai", null, "Công nhận quyết định lần đầu", f => f.FirstDecision == FirstDecisionOutcome.Upheld),
        C("Giải quyết lần hai", null, "Hủy, sửa quyết định lần đầu", f => f.FirstDecision == FirstDecisionOutcome.AnnulledOrAmended),
        new("Kiến nghị thu hồi cho Nhà nước", null, "Tiền (đồng)", f => f.MoneyToRecover),
        new("Kiến nghị thu hồi cho Nhà nước", null, "Đất (m²)", f => f.LandToRecover),
        new("Trả lại cho công dân", null, "Tiền (đồng)", f => f.MoneyToReturn),
        new("Trả lại cho công dân", null, "Đất (m²)", f => f.LandToReturn),
        new("Kiến nghị xử lý", null, "Số người", f => f.PeopleDisciplined),
        C("Chấp hành thời hạn giải quyết", null, "Đúng quy định", f => f.Timeliness is LimitKept.BeforeLimit or LimitKept.OnLimit),
        C("Chấp hành thời hạn giải quyết", null, "Không đúng quy định", f => f.Timeliness == LimitKept.AfterLimit),
        C("Chưa giải quyết xong", null, "Số vụ việc", f => !f.Resolved),
    ]);

    public static IReadOnlyList<IComplaintForm> All { get; } = [Xld01, Xld02, Xld04, Kqgq01];

    public static IComplaintForm? Find(string? code) => All.FirstOrDefault(f => string.Equals(f.Code, code, StringComparison.OrdinalIgnoreCase)
                                                                              || string.Equals(f.Code.Replace("/", "", StringComparison.Ordinal), code, StringComparison.OrdinalIgnoreCase));
}
