using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace Portal.App.Components.Layout;

/// <summary>
/// The theme's CSS variables, rendered once from <see cref="MudThemeProvider"/> and served as <c>/theme.css</c>.
/// In the layout, the provider would keep its own copy of the whole stylesheet in every circuit (about 90 KB of
/// server memory per open page); the portal has one light theme, so one shared copy is enough.
/// </summary>
public sealed partial class ThemeStylesheet(IServiceScopeFactory scopes, ILoggerFactory loggers)
{
    private readonly Lazy<Task<string>> _css = new(() => RenderAsync(scopes, loggers));

    public Task<string> GetAsync() => _css.Value;

    private static async Task<string> RenderAsync(IServiceScopeFactory scopes, ILoggerFactory loggers)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(MudThemeProvider.Theme)] = PortalTheme.Theme });
            return (await renderer.RenderComponentAsync<MudThemeProvider>(parameters)).ToHtmlString();
        });
        var styles = StyleBlocks().Matches(html).Select(m => m.Groups[1].Value).ToList();
        return styles.Count > 0 ? string.Join("\n", styles) : throw new InvalidOperationException("MudThemeProvider rendered no stylesheet.");
    }

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/theme.css", async (ThemeStylesheet theme, HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Text(await theme.GetAsync(), "text/css; charset=utf-8");
        }).AllowAnonymous();

    [GeneratedRegex(@"<style[^>]*>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleBlocks();
}
