using Bunit;
using Portal.App.Features.Complaints;
using Portal.App.Infrastructure;
using Portal.Domain.Complaints;
using Portal.Domain.People;
using Portal.Domain.Security;
using Portal.Domain.Units;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Features;

/// <summary>The complaint pages: the look-up comes first and leads to the entry form; a letter's page shows its case at every agency and its creation log.</summary>
public sealed class ComplaintPagesTests : ComponentTestContext
{
    private Unit _inspectorate = null!;
    private Unit _board = null!;
    private Person _inspector = null!;
    private Person _clerk = null!;
    private int _letterId;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await using (var db = Database.CreateDbContext())
        {
            var data = await SampleData.SeedAsync(db);
            _inspectorate = new Unit("Thanh tra tỉnh", "TTT", UnitKind.Department, data.Province);
            _board = new Unit("Ban Tiếp công dân huyện", "TCD", UnitKind.Department, data.Province);
            db.Units.AddRange(_inspectorate, _board);
            await db.SaveChangesAsync();
            _inspector = new Person("Võ Thị Thanh Tra", _inspectorate.Id, "Thanh tra viên");
            _clerk = new Person("Đặng Văn Tiếp", _board.Id, "Chuyên viên");
            db.People.AddRange(_inspector, _clerk);
            await db.SaveChangesAsync();
        }
        await TestAccounts.AddAsync(Database, "u-inspector");
        var inspector = new Actor("u-inspector", _inspector.FullName, _inspector.Id, _inspectorate.Id, new HashSet<string> { PortalRoles.ComplaintOfficer }).Signed();
        _letterId = await NewService().EnterAsync(inspector, _inspectorate.Id, new LetterInput
        {
            ReceivedOn = new DateOnly(2026, 11, 2),
            Complainants = [new ComplainantInput("Nguyễn Văn A", "079123456789", null, "12 Lê Lợi, phường Trung Tâm")],
            Respondent = "UBND phường Trung Tâm",
            Content = "Khiếu nại quyết định thu hồi đất",
            Field = ComplaintField.Land,
        });
    }

    // Made by hand: the context's own services are not read before a page is rendered (the sign-in is registered then).
    private ComplaintService NewService()
    {
        var tree = new UnitTreeCache(Database);
        return new ComplaintService(Database, tree, new CalendarCache(Database, tree), TestOptions.RuleProfiles(Database), Clock, new TaskNotifier(Microsoft.Extensions.Logging.Abstractions.NullLogger<TaskNotifier>.Instance));
    }

    [Fact]
    public void The_clerk_looks_up_first_finds_the_letter_another_agency_filed_and_reaches_the_entry_form_from_the_result()
    {
        SignInAs(_clerk.FullName, _clerk.Id, _board.Id, PortalRoles.ComplaintOfficer);
        var page = Render<ComplaintsPage>();
        Assert.Empty(page.FindAll("#letter-form"));
        Assert.Empty(page.FindAll("#letter-new"));

        page.Find("#lookup-words").Input("Lê Lợi 12 Nguyễn Văn A");
        page.Find("#lookup-run").Click();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("#lookup-table tbody tr")));
        var row = page.Find("#lookup-table tbody tr");
        Assert.Contains("Thanh tra tỉnh", row.TextContent);
        Assert.Contains("Võ Thị Thanh Tra", row.TextContent);
        Assert.Contains("02/11/2026", row.TextContent);
        Assert.Contains("Trùng họ tên", row.TextContent);
        Assert.Contains("Trùng địa chỉ", row.TextContent);
        Assert.NotNull(page.Find("#letter-new"));

        row.QuerySelectorAll("button").Single(b => b.TextContent.Contains("Ghi nhận đơn lặp lại")).Click();
        page.WaitForAssertion(() => Assert.Contains("Nhập đơn lặp lại của vụ việc đã có (Thanh tra tỉnh tiếp nhận ngày 02/11/2026)", page.Find("#letter-form").TextContent));
    }

    [Fact]
    public async Task A_letter_page_shows_the_repeat_letter_entered_at_another_agency_and_the_log_and_offers_classification_only_to_its_agency()
    {
        var service = NewService();
        await TestAccounts.AddAsync(Database, "u-clerk");
        var clerk = new Actor("u-clerk", _clerk.FullName, _clerk.Id, _board.Id, new HashSet<string> { PortalRoles.ComplaintOfficer }).Signed();
        var caseId = (await service.GetAsync(clerk, _letterId, Xunit.TestContext.Current.CancellationToken)).Letter.CaseId;
        Clock.Advance(TimeSpan.FromMinutes(5));
        await service.EnterAsync(clerk, _board.Id, new LetterInput
        {
            ReceivedOn = new DateOnly(2026, 11, 26),
            Complainants = [new ComplainantInput("Nguyễn Văn A", "079123456789")],
            Content = "Tiếp tục khiếu nại quyết định thu hồi đất",
            Field = ComplaintField.Land,
        }, caseId, Xunit.TestContext.Current.CancellationToken);

        SignInAs(_inspector.FullName, _inspector.Id, _inspectorate.Id, PortalRoles.ComplaintOfficer);
        var page = Render<LetterPage>(p => p.Add(x => x.Id, _letterId));

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("#case-letters tbody tr").Count));
        var repeat = page.FindAll("#case-letters tbody tr")[1].TextContent;
        Assert.Contains("Lần 2", repeat);
        Assert.Contains("Ban Tiếp công dân huyện", repeat);
        Assert.Contains("26/11/2026", repeat);
        Assert.Contains("Nhận đơn lặp lại", page.Find("#letter-log").TextContent);
        Assert.Contains("Nhập đơn", page.Find("#letter-log").TextContent);
        Assert.NotNull(page.Find("#classify-form"));
        Assert.Contains("12/11/2026", page.Find("#letter-details").TextContent);
    }

    [Fact]
    public void Another_agency_reads_the_letter_but_is_not_offered_its_classification_or_correction()
    {
        SignInAs(_clerk.FullName, _clerk.Id, _board.Id, PortalRoles.ComplaintOfficer);
        var page = Render<LetterPage>(p => p.Add(x => x.Id, _letterId));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("#letter-details")));
        Assert.Empty(page.FindAll("#classify-form"));
        Assert.Empty(page.FindAll("#letter-correct"));
        // The case's documents are shown to it (none yet), but only the letter's agency attaches them.
        Assert.Contains("Chưa có tài liệu nào", page.Find("#letter-documents").TextContent);
        Assert.Empty(page.FindAll("#attach-form"));
    }

    [Fact]
    public void The_letters_agency_is_offered_to_attach_its_scans_and_not_yet_the_files_documents_of_a_case_not_accepted()
    {
        SignInAs(_inspector.FullName, _inspector.Id, _inspectorate.Id, PortalRoles.ComplaintOfficer);
        var page = Render<LetterPage>(p => p.Add(x => x.Id, _letterId));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("#attach-form")));
        Assert.Contains("Đơn và tài liệu kèm theo", page.Find("#attach-form").TextContent);
        Assert.True(page.Find("#attach-document").HasAttribute("disabled"));
    }

    [Fact]
    public async Task An_accepted_letter_shows_its_file_with_the_resolution_limit_and_offers_the_Office_to_assign_a_resolution_task()
    {
        await TestAccounts.AddAsync(Database, "u-inspector-2");
        var inspector = new Actor("u-inspector-2", _inspector.FullName, _inspector.Id, _inspectorate.Id, new HashSet<string> { PortalRoles.ComplaintOfficer }).Signed();
        var service = NewService();
        var version = (await service.GetAsync(inspector, _letterId, Xunit.TestContext.Current.CancellationToken)).Version;
        await service.ClassifyAsync(inspector, _letterId, version, new LetterClassification(LetterContent.Complaint, true, Competence: CompetenceOutcome.Accept),
                                    Xunit.TestContext.Current.CancellationToken);
        await using (var db = Database.CreateDbContext())
        {
            var tracker = new Person("Trần Thị Theo Dõi Đơn", _board.Id, "Chuyên viên");
            db.People.Add(tracker);
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
            SignInAs(tracker.FullName, tracker.Id, _board.Id, PortalRoles.TrackingSpecialist);
        }

        var page = Render<LetterPage>(p => p.Add(x => x.Id, _letterId));

        // Accepted on Thursday 26/11/2026: 30 days end on Saturday 26/12, so on Monday 28/12.
        page.WaitForAssertion(() => Assert.Contains("28/12/2026", page.Find("#complaint-file").TextContent));
        Assert.Contains("Chưa có nhiệm vụ giải quyết nào", page.Find("#complaint-file").TextContent);
        page.Find("#file-assign").Click();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("#file-assign-form")));
        Assert.Empty(page.FindAll("#classify-form"));
    }

    [Fact]
    public async Task A_resolved_file_shows_its_decision_and_whether_it_kept_the_limit()
    {
        var ct = Xunit.TestContext.Current.CancellationToken;
        await TestAccounts.AddAsync(Database, "u-inspector-3");
        var inspector = new Actor("u-inspector-3", _inspector.FullName, _inspector.Id, _inspectorate.Id, new HashSet<string> { PortalRoles.ComplaintOfficer }).Signed();
        var service = NewService();
        await service.ClassifyAsync(inspector, _letterId, (await service.GetAsync(inspector, _letterId, ct)).Version,
                                    new LetterClassification(LetterContent.Complaint, true, Competence: CompetenceOutcome.Accept), ct);
        var view = await service.GetAsync(inspector, _letterId, ct);
        Assert.True(view.MayResolve);
        await service.ResolveAsync(inspector, view.Letter.CaseId, view.CaseVersion, new ComplaintDecision(new DateOnly(2026, 11, 26), "12/QĐ-TTT", ComplaintVerdict.Wrong), ct);

        SignInAs(_inspector.FullName, _inspector.Id, _inspectorate.Id, PortalRoles.ComplaintOfficer);
        var page = Render<LetterPage>(p => p.Add(x => x.Id, _letterId));

        page.WaitForAssertion(() => Assert.Contains("12/QĐ-TTT", page.Find("#file-decision").TextContent));
        Assert.Contains("Khiếu nại sai", page.Find("#file-decision").TextContent);
        Assert.Contains("Trước hạn", page.Find("#file-decision").TextContent);
        Assert.Empty(page.FindAll("#file-resolve"));
    }

    [Fact]
    public void The_agencys_form_01_XLD_is_shown_for_the_year_so_far_with_a_link_to_its_workbook()
    {
        SignInAs(_inspector.FullName, _inspector.Id, _inspectorate.Id, PortalRoles.ComplaintOfficer);
        var page = Render<ComplaintsPage>();

        page.Find("#form-show").Click();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("#form-figures tbody tr")));
        var first = page.FindAll("#form-figures tbody tr")[0].TextContent;
        Assert.Contains("Tổng số đơn phải xử lý", first);
        Assert.EndsWith("1", first.Trim());
        Assert.Contains("Thanh tra tỉnh, từ 01/01/2026 đến 26/11/2026", page.Find("#complaint-forms").TextContent);
        Assert.Equal($"/don-thu/bieu.xlsx?bieu=01XLD&tu=2026-01-01&den=2026-11-26&coquan={_inspectorate.Id}", page.Find("#form-download").GetAttribute("href"));
    }
}
