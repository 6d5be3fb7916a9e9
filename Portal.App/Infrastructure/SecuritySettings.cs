namespace Portal.App.Infrastructure;

/// <summary>The <c>Security</c> settings that bound sessions and requests.</summary>
public static class SecuritySettings
{
    /// <summary>How often a session's security stamp is compared with its account's (<c>Security:SessionRevalidationSeconds</c>, default 60).</summary>
    public static TimeSpan SessionRevalidation(IConfiguration configuration) =>
        TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue("Security:SessionRevalidationSeconds", 60), 1, 3600));

    /// <summary>How long a sign-in lasts without a request (<c>Security:SessionIdleMinutes</c>, default 30; OWASP ASVS 3.3.2).</summary>
    public static TimeSpan SessionIdle(IConfiguration configuration) =>
        TimeSpan.FromMinutes(Math.Clamp(configuration.GetValue("Security:SessionIdleMinutes", 30), 5, 24 * 60));

    /// <summary>How long a sign-in lasts however active (<c>Security:SessionMaxHours</c>, default 12; OWASP ASVS 3.3.2).</summary>
    public static TimeSpan SessionMax(IConfiguration configuration) =>
        TimeSpan.FromHours(Math.Clamp(configuration.GetValue("Security:SessionMaxHours", 12), 1, 24 * 7));
}
