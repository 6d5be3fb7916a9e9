namespace Portal.App.Infrastructure;

/// <summary>
/// What the installer's commands (<c>apikey …</c>, <c>admin …</c>) share: the portal's own configuration and services, the
/// database migrated first as at start-up, no web server; and their "--name value" options.
/// </summary>
public static class CommandHost
{
    /// <summary>Builds the portal (its settings, environment variables and user secrets), migrates, runs <paramref name="run"/> in a scope.</summary>
    public static Task<int> RunAsync(string[] hostArgs, Func<IServiceProvider, Task<int>> run) =>
        RunAsync(hostArgs, (services, _) => run(services), migrateFirst: true);

    /// <summary>As above; without <paramref name="migrateFirst"/> the command migrates when it chooses (a restore, into an empty database, first).</summary>
    public static async Task<int> RunAsync(string[] hostArgs, Func<IServiceProvider, Func<Task>, Task<int>> run, bool migrateFirst)
    {
        var builder = WebApplication.CreateBuilder(PortalHosting.Options(hostArgs));
        builder.AddPortalApp();
        // What the command prints is its answer (a one-time password, a key): the host's own log says only errors, on stderr.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Error);
        await using var app = builder.Build();
        Task Migrate() => app.Services.InitializeDatabaseAsync(app.Configuration, app.Environment, CancellationToken.None);
        if (migrateFirst) await Migrate();
        await using var scope = app.Services.CreateAsyncScope();
        return await run(scope.ServiceProvider, Migrate);
    }

    /// <summary>Runs a command's body: a refusal (<see cref="Portal.Domain.DomainException"/>) prints its message and the usage and exits 1.</summary>
    public static async Task<int> GuardAsync(string usage, Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (Portal.Domain.DomainException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(usage);
            return 1;
        }
    }

    /// <summary>"--name X --scopes a b" as a dictionary (a value of several words is joined by spaces); a bare "--flag" maps to "".</summary>
    public static Dictionary<string, string> Options(IEnumerable<string> args)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? name = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                name = arg[2..];
                result.TryAdd(name, "");
            }
            else if (name is not null)
            {
                result[name] = result[name] is { Length: > 0 } before ? $"{before} {arg}" : arg;
            }
        }
        return result;
    }
}
