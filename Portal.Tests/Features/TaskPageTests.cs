using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Tasks;
using Portal.Domain.Security;
using Portal.Tests.TestSupport;
using static Portal.Tests.TestSupport.TestClock;

namespace Portal.Tests.Features;

public sealed class TaskPageTests : ComponentTestContext
{
    private SampleData _data = null!;
    private int _assigned;
    private int _submitted;
    private int _proposed;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = Database.CreateDbContext();
        _data = await SampleData.SeedAsync(db);
        var document = _data.NewDocument();
        var assigned = _data.NewTask(document, _data.Finance, Vn(2026, 11, 20), new DateOnly(2026, 12, 10), "Nhiệm vụ mới giao");
        var submitted = _data.NewTask(document, _data.Finance, Vn(2026, 11, 2), new DateOnly(2026, 11, 30), "Nhiệm vụ đã gửi báo cáo");
        submitted.Delegate(_data.FinanceLeaderActor, Vn(2026, 11, 3), _data.FinanceSpecialist.Id, []);
        submitted.SubmitDraft(_data.FinanceSpecialistActor, Vn(2026, 11, 20), SampleData.Report());
        submitted.ApproveAndSubmit(_data.FinanceLeaderActor, Vn(2026, 11, 21));
        var proposed = _data.NewTask(document, _data.Finance, Vn(2026, 11, 2), new DateOnly(2026, 11, 30), "Nhiệm vụ đơn vị đề xuất điều chỉnh");
        proposed.Receive(_data.FinanceLeaderActor, Vn(2026, 11, 3));
        proposed.ProposeAdjustment(_data.FinanceLeaderActor, Vn(2026, 11, 20), null, new DateOnly(2026, 12, 15), "Chờ ý kiến của Bộ Tài chính");
        db.CaseTasks.AddRange(assigned, submitted, proposed);
        await db.SaveChangesAsync();
        _proposed = proposed.Id;
        _assigned = assigned.Id;
        _submitted = submitted.Id;
    }

    private IRenderedComponent<TaskDetailPage> RenderTask(int id)
    {
        var page = Render<TaskDetailPage>(p => p.Add(x => x.TaskId, id));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("#task-content")));
        return page;
    }

    private static string[] Actions(IRenderedComponent<TaskDetailPage> page) =>
        [.. page.FindAll("#task-actions button[id^='action-']").Select(b => b.Id!)];

    [Fact]
    public void The_lead_units_leader_may_receive_delegate_or_return_a_new_task()
    {
        SignInAs("Lê Văn Đức", _data.FinanceLeader.Id, _data.Finance.Id, PortalRoles.UnitLeader);

        var page = RenderTask(_assigned);

        Assert.Equal(["action-receive", "action-delegate", "action-return"], Actions(page));
    }

    [Fact]
    public void The_tracking_specialist_sees_no_unit_actions_on_a_new_task_but_confirms_a_submitted_one()
    {
        SignInAs("Trần Thị Theo Dõi", _data.Tracker.Id, _data.Office.Id, PortalRoles.TrackingSpecialist);

        var assigned = RenderTask(_assigned);
        Assert.Empty(assigned.FindAll("#task-actions"));
        var submitted = RenderTask(_submitted);

        Assert.Equal(["action-accept", "action-reject"], Actions(submitted));
    }

    [Fact]
    public void A_specialist_and_another_units_leader_get_no_actions()
    {
        SignInAs("Phạm Thị Hương", _data.FinanceSpecialist.Id, _data.Finance.Id, PortalRoles.UnitSpecialist);
        var forSpecialist = RenderTask(_assigned);
        Assert.Empty(forSpecialist.FindAll("#task-actions"));
    }

    [Fact]
    public void Another_units_leader_cannot_even_open_the_task()
    {
        SignInAs("Hoàng Minh Tâm", _data.HealthLeader.Id, _data.Health.Id, PortalRoles.UnitLeader);

        var page = Render<TaskDetailPage>(p => p.Add(x => x.TaskId, _assigned));

        page.WaitForAssertion(() => Assert.Contains("bạn không có quyền xem", page.Markup));
    }

    [Fact]
    public async Task A_change_by_someone_else_while_a_step_form_is_open_keeps_the_form_and_its_text_and_says_so()
    {
        SignInAs("Lê Văn Đức", _data.FinanceLeader.Id, _data.Finance.Id, PortalRoles.UnitLeader);
        var page = RenderTask(_assigned);
        page.Find("#action-return").Click();
        page.WaitForAssertion(() => page.Find("textarea#action-reason"));
        page.Find("textarea#action-reason").Change("Không thuộc chức năng của Sở, đề nghị chuyển Sở Y tế");

        // Meanwhile another person of the unit receives the task.
        await using (var db = Database.CreateDbContext())
        {
            var task = await db.CaseTasks.FindAsync([_assigned], Xunit.TestContext.Current.CancellationToken);
            task!.Receive(Portal.Domain.Cases.WorkflowActor.Of(_data.HealthLeader.Id, _data.Finance.Id, PortalRoles.UnitLeader), Vn(2026, 11, 26, 10));
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        }
        Services.GetRequiredService<Portal.App.Infrastructure.TaskNotifier>().Publish(
            new Portal.App.Infrastructure.TaskChange(_assigned, "Tiếp nhận", new HashSet<int> { _data.Finance.Id }, new HashSet<int>(), _data.HealthLeader.Id));

        page.WaitForAssertion(() => Assert.Contains("Nhiệm vụ vừa được cập nhật: Tiếp nhận", page.Find("#task-updated-meanwhile").TextContent));
        Assert.Equal("Không thuộc chức năng của Sở, đề nghị chuyển Sở Y tế", page.Find("textarea#action-reason").GetAttribute("value") ?? page.Find("textarea#action-reason").TextContent);
        Assert.Equal("Mới giao, chờ đơn vị tiếp nhận", page.Find("#task-state").TextContent.Trim());

        page.Find("#task-show-newer").Click();
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("#task-updated-meanwhile")));
        Assert.Empty(page.FindAll("textarea#action-reason"));
        Assert.NotEqual("Mới giao, chờ đơn vị tiếp nhận", page.Find("#task-state").TextContent.Trim());
    }

    [Fact]
    public void Confirming_from_the_page_completes_the_task_and_shows_the_new_status()
    {
        SignInAs("Trần Thị Theo Dõi", _data.Tracker.Id, _data.Office.Id, PortalRoles.TrackingSpecialist);
        var page = RenderTask(_submitted);

        page.Find("#action-accept").Click();
        page.WaitForAssertion(() => page.Find("#action-submit"));
        page.Find("#action-submit").Click();

        page.WaitForAssertion(() => Assert.Contains("Đã hoàn thành – trong hạn", page.Find("#task-status").TextContent));
        Assert.Empty(page.FindAll("#task-actions"));
    }

    [Fact]
    public void The_tracker_answers_a_units_proposal_from_the_page_and_the_task_takes_the_deadline_proposed()
    {
        SignInAs("Trần Thị Theo Dõi", _data.Tracker.Id, _data.Office.Id, PortalRoles.TrackingSpecialist);
        var page = RenderTask(_proposed);
        Assert.Contains("Chờ Văn phòng trả lời", page.Find("#task-proposals").TextContent);
        Assert.Contains("15/12/2026", page.Find("#task-proposals").TextContent);

        page.Find("#action-answer-proposal").Click();
        page.WaitForAssertion(() => page.Find("#action-accept-proposal"));
        Assert.Contains("Chờ ý kiến của Bộ Tài chính", page.Find("#proposal-pending").TextContent);
        page.Find("#action-accept-proposal").Click();

        page.WaitForAssertion(() => Assert.Contains("Đã chấp thuận", page.Find("#task-proposals").TextContent));
        Assert.Contains("Điều chỉnh nhiệm vụ theo đề xuất của đơn vị", page.Markup);
        Assert.Contains("Hạn: 30/11/2026 → 15/12/2026", page.Markup);
    }

    [Fact]
    public void The_lead_units_leader_is_offered_to_propose_an_adjustment_of_a_received_task_only_once_at_a_time()
    {
        SignInAs("Lê Văn Đức", _data.FinanceLeader.Id, _data.Finance.Id, PortalRoles.UnitLeader);

        Assert.DoesNotContain("action-propose", Actions(RenderTask(_proposed)));
        Assert.DoesNotContain("action-propose", Actions(RenderTask(_assigned)));
    }
}
