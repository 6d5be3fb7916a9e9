using Bunit;
using Portal.App.Components.Layout;
using Portal.Domain.Security;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Features;

/// <summary>The menu offers exactly the pages the permission table opens to the person's roles.</summary>
public sealed class NavMenuTests : ComponentTestContext
{
    [Theory]
    [InlineData(PortalRoles.Clerk, new[] { "/", "/tasks", "/overview", "/press", "/don-thu", "/documents", "/documents/new", "/urging-letter", "/reports", "/programme" })]
    [InlineData(PortalRoles.UnitSpecialist, new[] { "/", "/tasks", "/press", "/programme" })]
    [InlineData(PortalRoles.UnitLeader, new[] { "/", "/unit-desk", "/tasks", "/press", "/reports", "/programme", "/acting" })]
    [InlineData(PortalRoles.Editor, new[] { "/", "/press", "/questions" })]
    [InlineData(PortalRoles.ComplaintOfficer, new[] { "/", "/press", "/don-thu" })]
    [InlineData(PortalRoles.TrackingSpecialist, new[] { "/", "/tasks", "/overview", "/press", "/questions", "/don-thu", "/documents", "/documents/new", "/urging-letter", "/reports", "/programme", "/acting" })]
    [InlineData(PortalRoles.Administrator, new[] { "/", "/tasks", "/overview", "/press", "/documents", "/reports", "/programme", "/acting", "/admin/jobs", "/admin/audit", "/admin/accounts",
                                                   "/admin/people", "/admin/units", "/admin/import", "/admin/calendar", "/admin/rules", "/admin/tracking-map", "/admin/api-keys" })]
    public void The_menu_lists_the_pages_the_role_may_open(string role, string[] expected)
    {
        SignInAs("Người dùng", 1, 1, role);

        var menu = Render<NavMenu>();

        var links = menu.FindAll("a.mud-nav-link").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(expected, links);
        Assert.Equal(role == PortalRoles.Administrator, menu.Markup.Contains("Quản trị"));
    }
}
