namespace Portal.App.Infrastructure;

/// <summary>The <c>Security</c> settings that bound sessions and requests.</summary>
public static class SecuritySettings
{
    /// <summary>How often a session's security stamp is compared with its account's (<c>Security:SessionRevalidationSeconds</c>, default 60).</summary>
    public static TimeSpan SessionRevalidation(IConfiguration configuration) =>
        TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue("Security:SessionRevalidationSeconds", 60), 1, 3600));
}
