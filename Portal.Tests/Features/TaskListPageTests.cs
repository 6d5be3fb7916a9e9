using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Tasks;
using Portal.Domain.Security;
using Portal.Tests.TestSupport;
using static Portal.Tests.TestSupport.TestClock;

namespace Portal.Tests.Features;

/// <summary>The task list says "hơn …" when a text search matches more tasks than it counts, and lists the latest first.</summary>
public sealed class TaskListPageTests : ComponentTestContext
{
    private SampleData _data = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Services.Configure<Portal.App.Infrastructure.PortalOptions>(o => o.TextSearchCountLimit = 2);
        await using var db = Database.CreateDbContext();
        _data = await SampleData.SeedAsync(db);
        var document = _data.NewDocument();
        foreach (var round in new[] { 1, 2, 3 })
            db.CaseTasks.Add(_data.NewTask(document, _data.Finance, Vn(2026, 11, 2), new DateOnly(2026, 12, 18), $"Giải ngân vốn đầu tư công đợt {round}"));
        db.CaseTasks.Add(_data.NewTask(document, _data.Health, Vn(2026, 11, 2), new DateOnly(2026, 12, 18), "Tiêm chủng mở rộng"));
        await db.SaveChangesAsync();
    }

    [Fact]
    public void A_search_matching_more_than_it_counts_says_so_and_lists_the_latest_entered_first()
    {
        SignInAs("Theo dõi", _data.Tracker.Id, _data.Office.Id, PortalRoles.TrackingSpecialist);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/tasks?q=giai%20ngan%20von");

        var page = Render<TaskListPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("#search-limit")));
        Assert.Contains("Có hơn 2 nhiệm vụ phù hợp", page.Find("#search-limit").TextContent);
        Assert.Contains("hơn 2", Pager(page));
        Assert.Equal("Giải ngân vốn đầu tư công đợt 3", page.FindAll("#task-table tbody tr .task-link")[0].TextContent);
    }

    [Fact]
    public void MudBlazors_own_labels_on_the_page_are_Vietnamese()
    {
        SignInAs("Theo dõi", _data.Tracker.Id, _data.Office.Id, PortalRoles.TrackingSpecialist);

        var page = Render<TaskListPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("#task-table tbody tr")));
        var labels = page.FindAll("[aria-label]").Select(e => e.GetAttribute("aria-label")!).ToList();
        Assert.Contains("Trang sau", labels);
        Assert.Contains("Trang đầu", labels);
        Assert.DoesNotContain(labels, l => l is "Next page" or "First page" or "Open" or "Clear");
    }

    private static string Pager(IRenderedComponent<TaskListPage> page) =>
        string.Join(" ", page.FindAll(".mud-table-pagination-caption").Select(e => e.TextContent));

    [Fact]
    public void A_search_within_the_count_shows_the_exact_total_without_the_hint()
    {
        SignInAs("Theo dõi", _data.Tracker.Id, _data.Office.Id, PortalRoles.TrackingSpecialist);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/tasks?q=tiem%20chung");

        var page = Render<TaskListPage>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("#task-table tbody tr .task-link")));
        Assert.Empty(page.FindAll("#search-limit"));
        Assert.Contains("/ 1", Pager(page));
    }
}
