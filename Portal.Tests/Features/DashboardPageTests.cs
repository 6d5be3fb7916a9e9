using Bunit;
using Portal.App.Features.Dashboard;
using Portal.Domain.Cases;
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
}
