using Bunit;
using Portal.App.Features.Desk;
using Portal.Domain.Security;
using Portal.Tests.TestSupport;
using static Portal.Tests.TestSupport.TestClock;

namespace Portal.Tests.Features;

public sealed class DeskPageTests : ComponentTestContext
{
    private SampleData _data = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = Database.CreateDbContext();
        _data = await SampleData.SeedAsync(db);
        var document = _data.NewDocument();
        var fresh = _data.NewTask(document, _data.Finance, Vn(2026, 11, 25), new DateOnly(2026, 12, 10), "Nhiệm vụ mới giao cho Sở Tài chính");
        var dueSoon = _data.NewTask(document, _data.Finance, Vn(2026, 11, 2), new DateOnly(2026, 11, 30), "Báo cáo sắp đến hạn");
        dueSoon.Receive(_data.FinanceLeaderActor, Vn(2026, 11, 3));
        var overdue = _data.NewTask(document, _data.Finance, Vn(2026, 11, 2), new DateOnly(2026, 11, 20), "Báo cáo đã quá hạn");
        overdue.Delegate(_data.FinanceLeaderActor, Vn(2026, 11, 3), _data.FinanceSpecialist.Id, []);
        var draft = _data.NewTask(document, _data.Finance, Vn(2026, 11, 2), new DateOnly(2026, 12, 20), "Dự thảo chờ giám đốc duyệt");
        draft.Delegate(_data.FinanceLeaderActor, Vn(2026, 11, 3), _data.FinanceSpecialist.Id, []);
        draft.SubmitDraft(_data.FinanceSpecialistActor, Vn(2026, 11, 24), SampleData.Report("Dự thảo báo cáo"));
        var otherUnit = _data.NewTask(document, _data.Health, Vn(2026, 11, 2), new DateOnly(2026, 11, 20), "Việc của Sở Y tế");
        db.CaseTasks.AddRange(fresh, dueSoon, overdue, draft, otherUnit);
        await db.SaveChangesAsync();
    }

    [Fact]
    public void A_unit_account_sees_its_units_new_due_and_overdue_tasks_and_no_leaders_section()
    {
        SignInAs("Sở Tài chính", null, _data.Finance.Id, PortalRoles.UnitSpecialist);

        var desk = Render<DeskPage>();

        desk.WaitForAssertion(() => Assert.NotEmpty(desk.FindAll(".desk-section")));
        Assert.Equal("1", desk.Find("#desk-New .desk-count").TextContent.Trim());
        Assert.Contains("Nhiệm vụ giao cho đơn vị, chưa tiếp nhận", desk.Find("#desk-New").TextContent);
        Assert.Contains("Báo cáo sắp đến hạn", desk.Find("#desk-DueSoon").TextContent);
        Assert.Contains("Báo cáo đã quá hạn", desk.Find("#desk-Overdue").TextContent);
        Assert.Empty(desk.FindAll("#desk-DraftsToApprove"));
        Assert.DoesNotContain("Việc của Sở Y tế", desk.Markup);
    }

    [Fact]
    public void A_unit_leader_sees_counts_and_the_tasks_of_their_unit_in_each_section()
    {
        SignInAs("Lê Văn Đức", _data.FinanceLeader.Id, _data.Finance.Id, PortalRoles.UnitLeader);

        var desk = Render<DeskPage>();

        desk.WaitForAssertion(() => Assert.NotEmpty(desk.FindAll(".desk-section")));
        Assert.Equal("1", desk.Find("#desk-New .desk-count").TextContent.Trim());
        Assert.Contains("Nhiệm vụ mới giao cho Sở Tài chính", desk.Find("#desk-New").TextContent);
        Assert.Equal("1", desk.Find("#desk-DraftsToApprove .desk-count").TextContent.Trim());
        Assert.Contains("Dự thảo chờ giám đốc duyệt", desk.Find("#desk-DraftsToApprove").TextContent);
        Assert.Contains("Báo cáo sắp đến hạn", desk.Find("#desk-DueSoon").TextContent);
        Assert.Equal("1", desk.Find("#desk-Overdue .desk-count").TextContent.Trim());
        Assert.Contains("Báo cáo đã quá hạn", desk.Find("#desk-Overdue").TextContent);
        Assert.DoesNotContain("Việc của Sở Y tế", desk.Markup);
        Assert.Contains("/tasks?view=Overdue", desk.Find("#desk-Overdue a[href*='view=']").GetAttribute("href"));
    }

    [Fact]
    public void A_specialist_sees_only_what_was_delegated_to_them_and_no_approval_section()
    {
        SignInAs("Phạm Thị Hương", _data.FinanceSpecialist.Id, _data.Finance.Id, PortalRoles.UnitSpecialist);

        var desk = Render<DeskPage>();

        desk.WaitForAssertion(() => Assert.NotEmpty(desk.FindAll(".desk-section")));
        Assert.Empty(desk.FindAll("#desk-DraftsToApprove"));
        Assert.Contains("Báo cáo đã quá hạn", desk.Find("#desk-Overdue").TextContent);
        Assert.Equal("0", desk.Find("#desk-DueSoon .desk-count").TextContent.Trim());
        Assert.Contains("Không có nhiệm vụ nào.", desk.Find("#desk-DueSoon").TextContent);
        Assert.DoesNotContain("Nhiệm vụ mới giao cho Sở Tài chính", desk.Markup);
    }
}
