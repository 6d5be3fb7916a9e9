using Portal.Domain;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.Security;
using Portal.Domain.Text;
using static Portal.Tests.TestSupport.TestClock;

namespace Portal.Tests.Domain;

/// <summary>Every free text of every step is checked in the domain: its column's limit, no control or bidirectional characters.</summary>
public sealed class StepTextLimitsTests
{
    private const int LeadUnit = 10;
    private static readonly WorkingCalendar Calendar = OfficialSchedules.CalendarFor(2026);
    private static readonly WorkflowActor Tracker = WorkflowActor.Of(1, 100, PortalRoles.TrackingSpecialist);
    private static readonly WorkflowActor Leader = WorkflowActor.Of(2, LeadUnit, PortalRoles.UnitLeader);
    private static readonly WorkflowActor Specialist = WorkflowActor.Of(3, LeadUnit, PortalRoles.UnitSpecialist);
    private static readonly WorkflowActor Coordinator = WorkflowActor.Of(5, 30, PortalRoles.UnitSpecialist);

    private static CaseTask NewTask()
    {
        var document = new DirectiveDocument(DocumentType.CongVan, "12", "UBND-KT", "Về việc thử giới hạn", new DateOnly(2026, 11, 2), 1, SecrecyLevel.None);
        var task = new CaseTask(document, "Báo cáo tình hình", LeadUnit, new DateOnly(2026, 11, 20), true, Vn(2026, 11, 2), 1, Calendar)
        {
            TrackingSpecialistId = Tracker.PersonId,
        };
        task.AddCoordinatingUnit(30);
        return task;
    }

    private static CaseTask Delegated()
    {
        var task = NewTask();
        task.Receive(Leader, Vn(2026, 11, 3));
        task.Delegate(Leader, Vn(2026, 11, 3, 10), Specialist.Person, []);
        return task;
    }

    private static CaseTask Submitted()
    {
        var task = Delegated();
        task.SubmitDraft(Specialist, Vn(2026, 11, 4), new ReportDraft("Đã xong"));
        task.ApproveAndSubmit(Leader, Vn(2026, 11, 4, 15));
        return task;
    }

    private static CaseTask WithPendingExtension()
    {
        var task = NewTask();
        task.Receive(Leader, Vn(2026, 11, 3));
        task.RequestExtension(Leader, Vn(2026, 11, 3), new DateOnly(2026, 12, 20), "Chờ số liệu", null);
        return task;
    }

    /// <summary>Each step with a free text, its limit, and the step taken with a given text on a task in the right state.</summary>
    public static TheoryData<string, int> Steps() => new()
    {
        { "return reason", CaseTask.ReasonMaxLength },
        { "redirect note", CaseTask.ReasonMaxLength },
        { "correct content", CaseTask.ContentMaxLength },
        { "delegate note", CaseTask.ReasonMaxLength },
        { "report content", ReportDraft.ContentMaxLength },
        { "report document name", ReportDraft.DocumentNameMaxLength },
        { "report number", ReportDraft.NumberAndSymbolMaxLength },
        { "report summary", ReportDraft.SummaryMaxLength },
        { "report signer", ReportDraft.SignerMaxLength },
        { "send back comment", CaseTask.ReasonMaxLength },
        { "failed confirmation reason", CaseTask.ReasonMaxLength },
        { "progress content", TaskUpdate.ContentMaxLength },
        { "delay reason", TaskUpdate.NoteMaxLength },
        { "proposals", TaskUpdate.NoteMaxLength },
        { "contribution", TaskContribution.ContentMaxLength },
        { "extension reason", ExtensionRequest.ReasonMaxLength },
        { "extension refusal", ExtensionRequest.ReasonMaxLength },
    };

    private static (CaseTask Task, Action Step) Take(string step, string text)
    {
        CaseTask task;
        switch (step)
        {
            case "return reason":
                task = NewTask();
                return (task, () => task.ReturnToAssigner(Leader, Vn(2026, 11, 5), text));
            case "redirect note":
                task = NewTask();
                task.ReturnToAssigner(Leader, Vn(2026, 11, 3), "Không thuộc chức năng");
                return (task, () => task.Redirect(Tracker, Vn(2026, 11, 5), 20, "A", "B", text));
            case "correct content":
                task = NewTask();
                task.ReturnToAssigner(Leader, Vn(2026, 11, 3), "Không thuộc chức năng");
                return (task, () => task.Correct(Tracker, Vn(2026, 11, 5), text, new DateOnly(2026, 11, 30), Calendar, null));
            case "delegate note":
                task = NewTask();
                return (task, () => task.Delegate(Leader, Vn(2026, 11, 5), Specialist.Person, [], text));
            case "report content" or "report document name" or "report number" or "report summary" or "report signer":
                task = Delegated();
                return (task, () => task.SubmitDraft(Specialist, Vn(2026, 11, 5), step switch
                {
                    "report content" => new ReportDraft(text),
                    "report document name" => new ReportDraft("Đã xong", documentName: text),
                    "report number" => new ReportDraft("Đã xong", numberAndSymbol: text),
                    "report summary" => new ReportDraft("Đã xong", summary: text),
                    _ => new ReportDraft("Đã xong", signer: text),
                }));
            case "send back comment":
                task = Delegated();
                task.SubmitDraft(Specialist, Vn(2026, 11, 4), new ReportDraft("Đã xong"));
                return (task, () => task.SendBackDraft(Leader, Vn(2026, 11, 5), text));
            case "failed confirmation reason":
                task = Submitted();
                return (task, () => task.Confirm(Tracker, Vn(2026, 11, 5), ReviewDecision.Rejected, text));
            case "progress content":
                task = Delegated();
                return (task, () => task.FileProgress(Specialist, Vn(2026, 11, 5), text, null, null));
            case "delay reason":
                task = Delegated();
                return (task, () => task.FileProgress(Specialist, Vn(2026, 11, 5), "Đang làm", text, null));
            case "proposals":
                task = Delegated();
                return (task, () => task.FileProgress(Specialist, Vn(2026, 11, 5), "Đang làm", null, text));
            case "contribution":
                task = Delegated();
                return (task, () => task.Contribute(Coordinator, Vn(2026, 11, 5), text, null));
            case "extension reason":
                task = NewTask();
                task.Receive(Leader, Vn(2026, 11, 3));
                return (task, () => task.RequestExtension(Leader, Vn(2026, 11, 5), new DateOnly(2026, 12, 20), text, null));
            case "extension refusal":
                task = WithPendingExtension();
                return (task, () => task.DecideExtension(Tracker, Vn(2026, 11, 5), false, text));
            default:
                throw new ArgumentOutOfRangeException(nameof(step), step, null);
        }
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public void A_text_at_its_limit_is_taken_and_one_character_more_is_refused_with_the_limit_and_no_change(string step, int limit)
    {
        var (atLimit, takeAtLimit) = Take(step, new string('ệ', limit));
        takeAtLimit();
        Assert.NotNull(atLimit);

        var (task, take) = Take(step, new string('ệ', limit + 1));
        var history = task.History.Count;
        var state = task.State;

        var refused = Assert.Throws<DomainException>(take);
        Assert.Contains($"dài tối đa {limit:N0}".Replace(",", "."), refused.Message);
        Assert.Equal(history, task.History.Count);
        Assert.Equal(state, task.State);
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public void A_text_with_a_NUL_a_control_or_a_right_to_left_override_is_refused(string step, int limit)
    {
        Assert.True(limit > 10);
        foreach (var bad in new[] { "Báo cáo\0", "Báo\u0007cáo", "hoso\u202Efdp.exe" })
        {
            var (task, take) = Take(step, bad);
            var history = task.History.Count;

            var refused = Assert.Throws<DomainException>(take);
            Assert.Contains("ký tự điều khiển", refused.Message);
            Assert.Equal(history, task.History.Count);
        }
    }

    [Fact]
    public void Line_breaks_and_tabs_are_kept_and_surrounding_spaces_trimmed()
    {
        Assert.Equal("Dòng 1\r\nDòng 2\tcột", TextInput.Required("  Dòng 1\r\nDòng 2\tcột \n", 100, "Nội dung"));
        Assert.Null(TextInput.Optional("   ", 100, "Ghi chú"));
        Assert.Equal("Ghi chú không được để trống.", Assert.Throws<DomainException>(() => TextInput.Required(" ", 100, "Ghi chú")).Message);
    }
}
