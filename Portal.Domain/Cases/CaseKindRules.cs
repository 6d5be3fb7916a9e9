namespace Portal.Domain.Cases;

/// <summary>
/// One entry per kind of case (SPEC §4, §8–§9): its name, how its deadline is set, which steps it offers, the outcomes of
/// its confirmation and whether an approved answer is published. Everything else — states, guards, calendar,
/// reminders, history, permissions, reports — is the engine's and the same for every kind.
/// </summary>
public sealed record CaseKindRules(
    CaseKind Kind,
    string Label,
    DeadlineRule Deadline,
    IReadOnlySet<CaseStep> Steps,
    IReadOnlyList<CaseOutcome> Outcomes,
    bool PublishesAnswer)
{
    private static readonly IReadOnlyList<CaseOutcome> PassOrFail =
        [new(ReviewDecision.Accepted, "Đạt"), new(ReviewDecision.Rejected, "Không đạt")];

    private static readonly IReadOnlySet<CaseStep> Lifecycle = Enum.GetValues<CaseStep>().Where(s => s != CaseStep.Publish).ToHashSet();

    private static readonly IReadOnlySet<CaseStep> LifecycleAndPublish = Enum.GetValues<CaseStep>().ToHashSet();

    private static readonly Dictionary<CaseKind, CaseKindRules> Table = new CaseKindRules[]
    {
        // Huế 71/2016, Khánh Hòa, Đồng Tháp 128/2026: the leader's directive gives the deadline (or none).
        new(CaseKind.Directive, "Nhiệm vụ chỉ đạo", DeadlineRule.Given, Lifecycle, PassOrFail, PublishesAnswer: false),
        // Operations portal, Phụ lục IV: answered within 5 working days, 10 for hard, multi-agency cases.
        new(CaseKind.PressIncident, "Sự việc báo nêu", DeadlineRule.WorkingDays(5, 10), Lifecycle, PassOrFail, PublishesAnswer: false),
        // Phụ lục V: 5/10 working days; the reviewed answer is published.
        new(CaseKind.CitizenQuestion, "Câu hỏi của công dân", DeadlineRule.WorkingDays(5, 10), LifecycleAndPublish, PassOrFail, PublishesAnswer: true),
        // Phụ lục VI: the deadline is set per session's plan; answers are published.
        new(CaseKind.VoterOpinion, "Ý kiến, kiến nghị cử tri", DeadlineRule.Given, LifecycleAndPublish, PassOrFail, PublishesAnswer: true),
        // Đồng Tháp 1122/2017 Điều 5.2, 7.1: the People's Committee's assigning document gives each resolution task its deadline
        // (a task without one is not entered); the file's own statutory limit is the complaint case's (ComplaintLimits).
        new(CaseKind.ComplaintResolution, "Giải quyết khiếu nại", DeadlineRule.Given, Lifecycle, PassOrFail, PublishesAnswer: false),
    }.ToDictionary(r => r.Kind);

    public static CaseKindRules For(CaseKind kind) =>
        Table.TryGetValue(kind, out var rules) ? rules : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Loại việc không xác định.");

    public bool Offers(CaseStep step) => Steps.Contains(step);

    public string OutcomeLabel(ReviewDecision decision) =>
        Outcomes.FirstOrDefault(o => o.Decision == decision)?.Label ?? throw new DomainException("Kết quả xác nhận không hợp lệ với loại việc này.");
}
