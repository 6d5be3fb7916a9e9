using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Dashboard;
using Portal.App.Infrastructure;
using Portal.Domain.Cases;
using Portal.Domain.Reports;
using Portal.Domain.Security;
using Portal.Tests.TestSupport;
using static Portal.Tests.TestSupport.TestClock;

namespace Portal.Tests.Features;

public sealed class DashboardPageTests : ComponentTestContext
{
    private SampleData _data = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = Database.CreateDbContext();
        _data = await SampleData.SeedAsync(db);
        var document = _data.NewDocument();
        var onTime = _data.NewTask(document, _data.Finance, Vn(2026, 11, 2), new DateOnly(2026, 11, 20), "Đúng hạn");
        onTime.Delegate(_data.FinanceLeaderActor, Vn(2026, 11, 3), _data.FinanceSpecialist.Id, []);
        onTime.SubmitDraft(_data.FinanceSpecialistActor, Vn(2026, 11, 10), SampleData.Report());
        onTime.ApproveAndSubmit(_data.FinanceLeaderActor, Vn(2026, 11, 10, 15));
        onTime.Confirm(_data.TrackerActor, Vn(2026, 11, 11), ReviewDecision.Accepted, null);
        var late = _data.NewTask(document, _data.Finance, Vn(2026, 11, 2), new DateOnly(2026, 11, 20), "Chưa làm, quá hạn");
        var fine = _data.NewTask(document, _data.Health, Vn(2026, 11, 2), new DateOnly(2026, 12, 20), "Sở Y tế, trong hạn");
        db.CaseTasks.AddRange(onTime, late, fine);
        await db.SaveChangesAsync();
    }

    [Fact]
    public void The_overview_counts_by_status_unit_and_leader_and_links_each_figure_to_its_list()
    {
        SignInAs("Nguyễn Văn Chủ", _data.Chairman.Id, _data.Province.Id, PortalRoles.ProvincialLeader);

        var page = Render<DashboardPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("#unit-rates tbody tr")));
        var finance = page.FindAll("#unit-rates tbody tr").Single(r => r.TextContent.Contains("Sở Tài chính"));
        // The on-time rate counts the open overdue task against it (issue 14: it ignored open overdue work): 1 of 2.
        Assert.Equal(["Sở Tài chính", "2", "1", "0", "1", "50.0%"], finance.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).Select(t => t.Replace(",", ".")));
        Assert.Contains(finance.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/tasks?unit={_data.Finance.Id}&timeliness=Overdue");
        Assert.Contains(page.FindAll("a"), a => a.GetAttribute("href") == $"/tasks?leader={_data.Chairman.Id}&timeliness=Overdue" && a.TextContent.Contains(": 1"));
        Assert.Contains(page.FindAll("a"), a => a.GetAttribute("href") == "/tasks?stage=NotStarted&timeliness=Overdue" && a.TextContent.Contains("1"));
    }

    [Fact]
    public async Task A_period_counts_its_tasks_and_the_unfinished_work_carried_over_as_they_stood_at_its_end()
    {
        await using (var db = Database.CreateDbContext())
        {
            // Registered in October, overdue on 20/10, completed late on 05/11.
            var october = _data.NewTask(_data.NewDocument("77"), _data.Finance, Vn(2026, 10, 5), new DateOnly(2026, 10, 20), "Tháng 10, hoàn thành muộn");
            october.Delegate(_data.FinanceLeaderActor, Vn(2026, 10, 6), _data.FinanceSpecialist.Id, []);
            october.SubmitDraft(_data.FinanceSpecialistActor, Vn(2026, 11, 3), SampleData.Report());
            october.ApproveAndSubmit(_data.FinanceLeaderActor, Vn(2026, 11, 3, 15));
            october.Confirm(_data.TrackerActor, Vn(2026, 11, 5), ReviewDecision.Accepted, null);
            db.CaseTasks.Add(october);
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        }
        var chairman = new Actor("c", "Chủ tịch", _data.Chairman.Id, _data.Province.Id, new HashSet<string> { PortalRoles.ProvincialLeader });
        var dashboard = Services.GetRequiredService<DashboardService>();
        var ct = Xunit.TestContext.Current.CancellationToken;

        var octoberView = await dashboard.GetAsync(chairman, ReportPeriod.Create(PeriodKind.Month, 2026, 10), ct);
        var novemberView = await dashboard.GetAsync(chairman, ReportPeriod.Create(PeriodKind.Month, 2026, 11), ct);
        var now = await dashboard.GetAsync(chairman, null, ct);

        // October: only its own task, still in progress and overdue at the month's end.
        Assert.Equal("tháng 10/2026", octoberView.Period);
        Assert.Equal(new UnitRate(_data.Finance.Id, "Sở Tài chính", 1, 0, 0, 1), Assert.Single(octoberView.Units));
        Assert.Equal(1, octoberView.ByStatus[new TaskProgress(TaskStage.InProgress, Timeliness.Overdue)]);
        // November: its three tasks and October's, carried over and completed late in November.
        var finance = novemberView.Units.Single(u => u.UnitId == _data.Finance.Id);
        Assert.Equal(new UnitRate(_data.Finance.Id, "Sở Tài chính", 3, 1, 1, 1), finance);
        Assert.Equal(4, novemberView.ByStatus.Values.Sum());
        Assert.Null(now.Period);
        Assert.Equal(4, now.ByStatus.Values.Sum());
        // The trend ends with the period's month.
        Assert.Equal("10/2026", octoberView.Trend[^1].Month);
        Assert.Equal(1, octoberView.Trend[^1].Assigned);
    }
}
