using MudBlazor;
using Portal.Domain.Cases;

namespace Portal.App.Features.Tasks.Steps;

/// <summary>
/// The task page's steps, in the order their buttons show. A button shows when the guard table allows its step to the
/// person (<see cref="TaskPermissions"/>); adding a step is one entry here and, if it takes input, one small form.
/// </summary>
public static class TaskStepCatalogue
{
    public static IReadOnlyList<TaskStepAction> All { get; } =
    [
        new("receive", CaseStep.Receive, "Tiếp nhận", "Tiếp nhận nhiệm vụ", Color.Primary, Variant.Filled, null,
            RunAtOnce: (w, actor, task, ct) => w.ReceiveAsync(actor, task.Id, task.Version, ct), Done: "Đã tiếp nhận nhiệm vụ."),
        new("delegate", CaseStep.Delegate, "Giao xử lý", "Giao xử lý", Color.Primary, Variant.Filled, typeof(DelegateForm)),
        new("return", CaseStep.Return, "Trả lại", "Trả lại nhiệm vụ cho đơn vị giao", Color.Warning, Variant.Outlined, typeof(TextStepForm),
            Text("Lý do", required: true, "Trả lại", "Đã trả lại nhiệm vụ.",
                 (w, actor, task, text, ct) => w.ReturnAsync(actor, task.Id, task.Version, text ?? "", ct))),
        new("redirect", CaseStep.Redirect, "Chuyển đơn vị khác", "Chuyển nhiệm vụ cho đơn vị khác", Color.Primary, Variant.Filled,
            typeof(RedirectForm)),
        new("correct", CaseStep.Correct, "Điều chỉnh và giao lại", "Điều chỉnh nhiệm vụ và giao lại", Color.Primary, Variant.Outlined,
            typeof(CorrectForm)),
        new("draft", CaseStep.SubmitDraft, "Soạn báo cáo", "Soạn báo cáo kết quả", Color.Primary, Variant.Filled, typeof(DraftForm)),
        new("approve", CaseStep.Approve, "Phê duyệt và gửi", "Phê duyệt báo cáo (có thể chỉnh sửa trước khi gửi)", Color.Success,
            Variant.Filled, typeof(ApproveForm)),
        new("send-back", CaseStep.SendBackDraft, "Trả lại dự thảo", "Trả lại dự thảo cho chuyên viên", Color.Warning, Variant.Outlined,
            typeof(TextStepForm),
            Text("Ý kiến của lãnh đạo", required: true, "Trả lại dự thảo", "Đã trả lại dự thảo cho chuyên viên.",
                 (w, actor, task, text, ct) => w.SendBackDraftAsync(actor, task.Id, task.Version, text ?? "", ct))),
        new("accept", CaseStep.Confirm, "Xác nhận đạt", "Xác nhận kết quả đạt", Color.Success, Variant.Filled, typeof(TextStepForm),
            Text("Ý kiến (không bắt buộc)", required: false, "Xác nhận đạt", "Đã xác nhận đạt.",
                 (w, actor, task, text, ct) => w.ConfirmAsync(actor, task.Id, task.Version, ReviewDecision.Accepted, text, ct), lines: 2)),
        new("reject", CaseStep.Confirm, "Không đạt", "Xác nhận kết quả không đạt", Color.Error, Variant.Outlined, typeof(TextStepForm),
            Text("Lý do", required: true, "Xác nhận không đạt", "Đã xác nhận không đạt.",
                 (w, actor, task, text, ct) => w.ConfirmAsync(actor, task.Id, task.Version, ReviewDecision.Rejected, text, ct))),
        new("record-completion", CaseStep.RecordCompletion, "Ghi nhận hoàn thành", "Ghi nhận nhiệm vụ đã hoàn thành (không phải báo cáo)", Color.Success,
            Variant.Filled, typeof(TextStepForm),
            Text("Ghi chú (không bắt buộc)", required: false, "Ghi nhận hoàn thành", "Đã ghi nhận nhiệm vụ hoàn thành.",
                 (w, actor, task, text, ct) => w.RecordCompletionAsync(actor, task.Id, task.Version, text, ct), lines: 2)),
        new("publish", CaseStep.Publish, "Công khai câu trả lời", "Công khai câu trả lời", Color.Primary, Variant.Outlined, null,
            RunAtOnce: (w, actor, task, ct) => w.PublishAsync(actor, task.Id, task.Version, ct), Done: "Đã công khai câu trả lời."),
        new("progress", CaseStep.FileProgress, "Cập nhật tiến độ", "Cập nhật tiến độ thực hiện", Color.Primary, Variant.Outlined,
            typeof(ProgressForm)),
        new("request-extension", CaseStep.RequestExtension, "Đề nghị gia hạn", "Đề nghị gia hạn", Color.Primary, Variant.Outlined,
            typeof(RequestExtensionForm)),
        new("decide-extension", CaseStep.DecideExtension, "Xử lý đề nghị gia hạn", "Xử lý đề nghị gia hạn", Color.Primary, Variant.Filled,
            typeof(DecideExtensionForm)),
        new("propose", CaseStep.ProposeAdjustment, "Đề xuất điều chỉnh", "Đề xuất điều chỉnh nội dung, thời hạn nhiệm vụ", Color.Primary,
            Variant.Outlined, typeof(ProposeAdjustmentForm)),
        new("answer-proposal", CaseStep.AnswerProposal, "Trả lời đề xuất điều chỉnh", "Trả lời đề xuất điều chỉnh của đơn vị", Color.Primary,
            Variant.Filled, typeof(AnswerProposalForm)),
        new("ask-contribution", CaseStep.AskContribution, "Đề nghị góp ý", "Đề nghị đơn vị phối hợp góp ý trước một ngày", Color.Primary,
            Variant.Outlined, typeof(AskContributionForm)),
        new("contribute", CaseStep.Contribute, "Gửi ý kiến phối hợp", "Ý kiến của đơn vị/chuyên viên phối hợp", Color.Primary,
            Variant.Outlined, typeof(ContributeForm)),
    ];

    /// <summary>The steps the person may take on the task now, in the catalogue's order.</summary>
    public static IEnumerable<TaskStepAction> For(TaskPermissions can) => All.Where(a => can.Allows(a.Step));

    private static Dictionary<string, object?> Text(string label, bool required, string submit, string done,
                                                    Func<TaskWorkflowService, Infrastructure.Actor, TaskDetail, string?, CancellationToken, Task> send,
                                                    int lines = 3) =>
        new()
        {
            [nameof(TextStepForm.Label)] = label,
            [nameof(TextStepForm.Required)] = required,
            [nameof(TextStepForm.SubmitLabel)] = submit,
            [nameof(TextStepForm.Done)] = done,
            [nameof(TextStepForm.Send)] = send,
            [nameof(TextStepForm.Lines)] = lines,
        };
}
