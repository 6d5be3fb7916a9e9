namespace Portal.Domain.Cases;

/// <summary>
/// The guard table (SPEC §4; Đồng Tháp 128/2026 Điều 4–5, 14): which step is allowed in which state for which party,
/// written once. <see cref="CaseTask.Can"/> (what the page offers) and every transition read it.
/// </summary>
public static class CaseGuards
{
    public const string NotOfferedMessage = "Loại việc này không có bước xử lý này.";

    private static readonly CaseParty Worker = CaseParty.Assignee | CaseParty.LeadUnitLeader;

    /// <summary>What the unit's own account also does for its unit (Khánh Hòa Điều 9.2c): it reports, a leader approves.</summary>
    private static readonly CaseParty Reporter = Worker | CaseParty.UnitAccount;

    private static readonly Dictionary<CaseStep, CaseGuard> Table = new CaseGuard[]
    {
        new(CaseStep.Receive, [TaskState.Assigned], "Chỉ tiếp nhận được nhiệm vụ mới giao.",
            CaseParty.LeadUnitLeader, "Chỉ lãnh đạo đơn vị chủ trì mới tiếp nhận được nhiệm vụ này."),
        new(CaseStep.Return, [TaskState.Assigned, TaskState.Received], "Chỉ trả lại được nhiệm vụ chưa giao xử lý.",
            CaseParty.LeadUnitLeader, "Chỉ lãnh đạo đơn vị chủ trì mới trả lại được nhiệm vụ này."),
        new(CaseStep.Redirect, [TaskState.Returned], "Chỉ chuyển được nhiệm vụ đã bị trả lại.",
            CaseParty.Assigner, "Chỉ người giao nhiệm vụ mới chuyển được nhiệm vụ này."),
        new(CaseStep.Correct, [TaskState.Returned], "Chỉ điều chỉnh được nhiệm vụ đã bị trả lại.",
            CaseParty.Assigner, "Chỉ người giao nhiệm vụ mới điều chỉnh được nhiệm vụ này."),
        new(CaseStep.Delegate, CaseStates.Delegable, "Không thể giao xử lý nhiệm vụ ở trạng thái hiện tại.",
            CaseParty.LeadUnitLeader, "Chỉ lãnh đạo đơn vị chủ trì mới giao xử lý được nhiệm vụ này."),
        new(CaseStep.DelegateToSubUnit, CaseStates.Delegable, "Không thể giao xử lý nhiệm vụ ở trạng thái hiện tại.",
            CaseParty.LeadUnitLeader, "Chỉ lãnh đạo đơn vị chủ trì mới giao xử lý được nhiệm vụ này."),
        new(CaseStep.SaveDraft, [TaskState.Delegated], "Chỉ soạn được báo cáo khi nhiệm vụ đang được xử lý.",
            Reporter, "Chỉ chuyên viên được giao, lãnh đạo đơn vị hoặc tài khoản của đơn vị chủ trì mới soạn được báo cáo.", Drafted),
        new(CaseStep.SubmitDraft, [TaskState.Delegated], "Chỉ trình dự thảo được khi nhiệm vụ đang do chuyên viên xử lý.",
            Reporter, "Chỉ chuyên viên được giao, lãnh đạo đơn vị hoặc tài khoản của đơn vị chủ trì mới trình được dự thảo.", Drafted),
        new(CaseStep.SendBackDraft, [TaskState.DraftPendingApproval], "Không có dự thảo nào đang chờ duyệt.",
            CaseParty.LeadUnitLeader, "Chỉ lãnh đạo đơn vị chủ trì mới trả lại được dự thảo."),
        new(CaseStep.Approve, [TaskState.DraftPendingApproval], "Chỉ phê duyệt được dự thảo đã trình.",
            CaseParty.LeadUnitLeader, "Chỉ lãnh đạo đơn vị chủ trì mới phê duyệt được dự thảo."),
        new(CaseStep.Confirm, [TaskState.Submitted], "Chỉ xác nhận được báo cáo đã gửi.",
            CaseParty.Assigner, "Chỉ người giao nhiệm vụ (chuyên viên theo dõi) mới xác nhận được kết quả."),
        new(CaseStep.FileProgress, CaseStates.AtWork, "Chỉ cập nhật tiến độ được khi đơn vị đang thực hiện nhiệm vụ.",
            Reporter, "Chỉ chuyên viên được giao, lãnh đạo đơn vị hoặc tài khoản của đơn vị chủ trì mới cập nhật được tiến độ."),
        new(CaseStep.Contribute, CaseStates.TakingContributions, "Nhiệm vụ không còn nhận ý kiến phối hợp.",
            CaseParty.Coordinator, "Chỉ đơn vị hoặc chuyên viên phối hợp mới gửi được ý kiến phối hợp."),
        new(CaseStep.RequestExtension, CaseStates.AtWork, "Chỉ đề nghị gia hạn được khi đơn vị đang thực hiện nhiệm vụ.",
            CaseParty.LeadUnitLeader, "Chỉ lãnh đạo đơn vị chủ trì mới đề nghị gia hạn được.",
            t => t.EffectiveDeadline is null ? "Nhiệm vụ không có thời hạn nên không cần gia hạn."
                : t.PendingExtension is not null ? "Đã có một đề nghị gia hạn đang chờ xử lý." : null),
        new(CaseStep.DecideExtension, CaseStates.Any, "",
            CaseParty.Assigner, "Chỉ người giao nhiệm vụ mới quyết định được việc gia hạn.",
            t => t.PendingExtension is null ? "Không có đề nghị gia hạn nào đang chờ xử lý." : null),
        new(CaseStep.AskContribution, CaseStates.AtWork, "Chỉ đề nghị góp ý được khi đơn vị đang thực hiện nhiệm vụ.",
            Worker, "Chỉ lãnh đạo đơn vị chủ trì hoặc chuyên viên được giao mới đề nghị đơn vị phối hợp góp ý.",
            t => t.CoordinatingUnits.Count == 0 ? "Nhiệm vụ không có đơn vị phối hợp." : null),
        new(CaseStep.ProposeAdjustment, CaseStates.AtWork, "Chỉ đề xuất điều chỉnh được khi đơn vị đang thực hiện nhiệm vụ.",
            CaseParty.LeadUnitLeader, "Chỉ lãnh đạo đơn vị chủ trì mới đề xuất điều chỉnh được nhiệm vụ.",
            t => t.PendingProposal is not null ? "Đã có một đề xuất điều chỉnh đang chờ trả lời." : null),
        new(CaseStep.AnswerProposal, CaseStates.Any, "",
            CaseParty.Assigner, "Chỉ người giao nhiệm vụ mới trả lời được đề xuất điều chỉnh.",
            t => t.PendingProposal is null ? "Không có đề xuất điều chỉnh nào đang chờ trả lời." : null),
        new(CaseStep.RecordCompletion, CaseStates.WithUnit, "Chỉ ghi nhận hoàn thành được nhiệm vụ đơn vị đang thực hiện.",
            CaseParty.Assigner, "Chỉ người giao nhiệm vụ mới ghi nhận được việc hoàn thành.",
            t => t.ReportRequired ? "Nhiệm vụ phải báo cáo: kết quả được xác nhận khi đơn vị gửi báo cáo." : null),
        new(CaseStep.Publish, [TaskState.Completed], "Chỉ công khai được câu trả lời đã được xác nhận.",
            CaseParty.Assigner, "Chỉ người giao nhiệm vụ mới công khai được câu trả lời.",
            t => t.PublishedAt is not null ? "Câu trả lời đã được công khai." : null),
    }.ToDictionary(g => g.Step);

    public static CaseGuard For(CaseStep step) => Table[step];

    public static IEnumerable<CaseGuard> All => Table.Values;

    /// <summary>A task that needs no report has no draft cycle (hue-71 Điều 4.1): the assigner records it done; a case handed
    /// to a sub-unit is drafted there.</summary>
    private static string? Drafted(CaseTask task) =>
        !task.ReportRequired ? "Nhiệm vụ không phải báo cáo: người giao nhiệm vụ ghi nhận khi đơn vị hoàn thành (đơn vị cập nhật tiến độ)." : HandledHere(task);

    /// <summary>A case handed to a sub-unit is drafted there; its confirmed report comes back up as this case's draft.</summary>
    private static string? HandledHere(CaseTask task) =>
        task.DelegatedUnitId is null ? null : "Nhiệm vụ đang do đơn vị trực thuộc xử lý; báo cáo của đơn vị đó sẽ được chuyển lên khi được xác nhận.";
}
