using Portal.Domain;
using Portal.Domain.Calendar;
using Portal.Domain.Directives;
using Portal.Domain.Tasks;
using static Portal.Tests.TestSupport.TestClock;

namespace Portal.Tests.Domain;

public sealed class DirectiveTaskTests
{
    private static readonly WorkingCalendar Calendar = OfficialSchedules.CalendarFor(2026);
    private static readonly DirectiveDocument Document =
        new(DocumentType.CongVan, "12", "UBND-KT", "Về việc thử nghiệm", new DateOnly(2026, 11, 2), 1, SecrecyLevel.None);

    private static DirectiveTask NewTask(DateOnly? deadline = null) =>
        new(Document, "Báo cáo tình hình", leadUnitId: 10, deadline ?? new DateOnly(2026, 11, 20), true, Vn(2026, 11, 2), 1, Calendar);

    [Fact]
    public void A_secret_document_is_refused()
    {
        var error = Assert.Throws<DomainException>(() =>
            new DirectiveDocument(DocumentType.CongVan, "1", "UBND-NC", "Mật", new DateOnly(2026, 11, 2), 1, SecrecyLevel.Mat));

        Assert.Contains("mật", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_deadline_earlier_than_one_working_day_after_assignment_is_refused()
    {
        // Assigned on Friday 27/11: the earliest deadline is Monday 30/11.
        Assert.Throws<DomainException>(() => new DirectiveTask(Document, "X", 10, new DateOnly(2026, 11, 27), true, Vn(2026, 11, 27), 1, Calendar));
        Assert.Throws<DomainException>(() => new DirectiveTask(Document, "X", 10, new DateOnly(2026, 11, 29), true, Vn(2026, 11, 27), 1, Calendar));
        var task = new DirectiveTask(Document, "X", 10, new DateOnly(2026, 11, 30), true, Vn(2026, 11, 27), 1, Calendar);
        Assert.Equal(new DateOnly(2026, 11, 30), task.EffectiveDeadline);
    }

    [Fact]
    public void The_full_cycle_ends_completed_on_time_with_its_history()
    {
        var task = NewTask();

        task.Receive(2, Vn(2026, 11, 3));
        task.Delegate(2, Vn(2026, 11, 3, 10), assigneeId: 3);
        task.SubmitDraft(3, Vn(2026, 11, 10), "Đã hoàn thành");
        task.ApproveAndSubmit(2, Vn(2026, 11, 20, 22));
        task.Confirm(1, Vn(2026, 11, 24), ReviewDecision.Accepted, null);

        Assert.Equal(TaskState.Completed, task.State);
        Assert.Equal(new TaskProgress(TaskStage.Completed, Timeliness.OnTime), task.ProgressAt(Vn(2026, 11, 25)));
        Assert.Equal(["Giao nhiệm vụ", "Tiếp nhận nhiệm vụ", "Giao chuyên viên xử lý", "Trình dự thảo báo cáo", "Phê duyệt và gửi báo cáo", "Xác nhận đạt"],
                     task.History.Select(h => h.Action));
    }

    [Fact]
    public void A_rejected_report_sends_the_task_back_and_a_later_resubmission_is_judged_by_its_own_time()
    {
        var task = NewTask();
        task.Delegate(2, Vn(2026, 11, 3), 3);
        task.SubmitDraft(3, Vn(2026, 11, 10), "Lần 1");
        task.ApproveAndSubmit(2, Vn(2026, 11, 11));

        task.Confirm(1, Vn(2026, 11, 12), ReviewDecision.Rejected, "Thiếu số liệu");
        var afterRejection = task.ProgressAt(Vn(2026, 11, 13));
        task.SubmitDraft(3, Vn(2026, 11, 23), "Lần 2");
        task.ApproveAndSubmit(2, Vn(2026, 11, 23, 15));
        task.Confirm(1, Vn(2026, 11, 24), ReviewDecision.Accepted, null);

        Assert.Equal(new TaskProgress(TaskStage.InProgress, Timeliness.OnTime), afterRejection);
        Assert.Equal(new TaskProgress(TaskStage.Completed, Timeliness.Overdue), task.ProgressAt(Vn(2026, 11, 25)));
    }

    [Fact]
    public void Approving_a_draft_that_was_never_submitted_is_refused_and_changes_nothing()
    {
        var task = NewTask();
        task.Delegate(2, Vn(2026, 11, 3), 3);
        var historyBefore = task.History.Count;

        Assert.Throws<DomainException>(() => task.ApproveAndSubmit(2, Vn(2026, 11, 4)));

        Assert.Equal(TaskState.Delegated, task.State);
        Assert.Null(task.LastSubmittedAt);
        Assert.Equal(historyBefore, task.History.Count);
    }

    [Fact]
    public void Rejecting_without_a_reason_is_refused()
    {
        var task = NewTask();
        task.Delegate(2, Vn(2026, 11, 3), 3);
        task.SubmitDraft(3, Vn(2026, 11, 10), "Báo cáo");
        task.ApproveAndSubmit(2, Vn(2026, 11, 11));

        Assert.Throws<DomainException>(() => task.Confirm(1, Vn(2026, 11, 12), ReviewDecision.Rejected, " "));
        Assert.Equal(TaskState.Submitted, task.State);
    }

    [Fact]
    public void A_returned_task_can_be_redirected_to_another_unit_and_starts_again_as_new()
    {
        var task = NewTask();

        task.ReturnToOffice(2, Vn(2026, 11, 3), "Không thuộc chức năng của đơn vị");
        task.Redirect(1, Vn(2026, 11, 4), newLeadUnitId: 20, null);

        Assert.Equal(TaskState.Assigned, task.State);
        Assert.Equal(20, task.LeadUnitId);
        Assert.Contains(task.History, h => h.Action == "Trả lại Văn phòng" && h.Note == "Không thuộc chức năng của đơn vị");
    }

    [Fact]
    public void An_approved_extension_moves_the_effective_deadline_and_counts()
    {
        var task = NewTask();

        task.ApplyExtension(1, Vn(2026, 11, 18), new DateOnly(2026, 12, 4));

        Assert.Equal(new DateOnly(2026, 11, 20), task.Deadline);
        Assert.Equal(new DateOnly(2026, 12, 4), task.EffectiveDeadline);
        Assert.Equal(1, task.ExtensionCount);
        Assert.Throws<DomainException>(() => task.ApplyExtension(1, Vn(2026, 11, 19), new DateOnly(2026, 12, 1)));
    }
}
