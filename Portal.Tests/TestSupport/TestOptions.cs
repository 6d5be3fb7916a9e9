using Microsoft.Extensions.Options;
using Portal.App.Infrastructure;

namespace Portal.Tests.TestSupport;

/// <summary>The typed settings as a service built by hand gets them: the defaults, changed where a test says so.</summary>
public static class TestOptions
{
    public static IOptions<PortalOptions> Portal(Action<PortalOptions>? change = null) => Of(change);

    /// <summary>The rule profile's configured defaults (Portal, Reminders, Evaluation).</summary>
    public static RuleProfiles RuleProfiles(Microsoft.EntityFrameworkCore.IDbContextFactory<Portal.Data.PortalDbContext> database,
                                            Action<EvaluationOptions>? evaluation = null) =>
        new(Portal(), Of<RemindersOptions>(), Of(evaluation), database);

    private static IOptions<T> Of<T>(Action<T>? change = null) where T : class, new()
    {
        var options = new T();
        change?.Invoke(options);
        return Options.Create(options);
    }
}
