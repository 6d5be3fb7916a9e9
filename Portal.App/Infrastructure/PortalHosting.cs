namespace Portal.App.Infrastructure;

/// <summary>How the portal's host finds its files wherever it is started from.</summary>
public static class PortalHosting
{
    /// <summary>
    /// The host's options. Started from another folder (<c>dotnet /srv/portal/Portal.App.dll</c> from the repository root, a
    /// service manager's default folder), the content root — appsettings.json, wwwroot, App_Data — is the app's own folder;
    /// started from its folder, or given <c>--contentRoot</c>, it is what it always was.
    /// </summary>
    public static WebApplicationOptions Options(string[] args)
    {
        var explicitRoot = args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase))
                           || Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") is { Length: > 0 };
        var here = Directory.GetCurrentDirectory();
        var own = AppContext.BaseDirectory;
        var moved = !explicitRoot && !File.Exists(Path.Combine(here, "appsettings.json")) && File.Exists(Path.Combine(own, "appsettings.json"));
        return new WebApplicationOptions { Args = args, ContentRootPath = moved ? own : null };
    }
}
