using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Portal.App.Infrastructure;

/// <summary>
/// The <c>Security</c> settings: sessions, passwords and request bounds. Bound once and validated at start-up: a wrong
/// value stops the portal with a message naming its key.
/// </summary>
public sealed class SecurityOptions : IValidatableObject
{
    public const string Section = "Security";

    /// <summary>Days before a password must be changed; 0 = never.</summary>
    [Range(0, 3650, ErrorMessage = "Security:PasswordMaxAgeDays phải từ 0 (không hết hạn) đến 3650 ngày.")]
    public int PasswordMaxAgeDays { get; set; } = 30;

    /// <summary>How often a session's security stamp is compared with its account's.</summary>
    [Range(1, 3600, ErrorMessage = "Security:SessionRevalidationSeconds phải từ 1 đến 3600 giây.")]
    public int SessionRevalidationSeconds { get; set; } = 60;

    /// <summary>How long a sign-in lasts without a request (OWASP ASVS 3.3.2).</summary>
    [Range(5, 1440, ErrorMessage = "Security:SessionIdleMinutes phải từ 5 đến 1440 phút.")]
    public int SessionIdleMinutes { get; set; } = 30;

    /// <summary>How long a sign-in lasts however active (OWASP ASVS 3.3.2).</summary>
    [Range(1, 168, ErrorMessage = "Security:SessionMaxHours phải từ 1 đến 168 giờ.")]
    public int SessionMaxHours { get; set; } = 12;

    /// <summary>The largest request body; uploads travel over the circuit, so no form needs more.</summary>
    [Range(16 * 1024, 100 * 1024 * 1024, ErrorMessage = "Security:MaxRequestBodyBytes phải từ 16384 đến 104857600 byte.")]
    public long MaxRequestBodyBytes { get; set; } = 1 << 20;

    /// <summary>Sign-in posts allowed per address per minute.</summary>
    [Range(1, 100_000, ErrorMessage = "Security:SignInAttemptsPerMinute phải từ 1 đến 100000.")]
    public int SignInAttemptsPerMinute { get; set; } = 20;

    /// <summary>Reverse proxies other than this host whose forwarded headers are trusted: addresses, comma-separated.</summary>
    public string KnownProxies { get; set; } = "";

    public TimeSpan SessionRevalidation => TimeSpan.FromSeconds(SessionRevalidationSeconds);

    public TimeSpan SessionIdle => TimeSpan.FromMinutes(SessionIdleMinutes);

    public TimeSpan SessionMax => TimeSpan.FromHours(SessionMaxHours);

    public IEnumerable<IPAddress> Proxies =>
        KnownProxies.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(IPAddress.Parse);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!IPAddress.TryParse(proxy, out _))
                yield return new ValidationResult($"Security:KnownProxies: \"{proxy}\" không phải địa chỉ IP.", [nameof(KnownProxies)]);
        }
    }

    /// <summary>The settings as configured, for what is decided while the services are registered (checked again at start).</summary>
    public static SecurityOptions From(IConfiguration configuration) => configuration.GetSection(Section).Get<SecurityOptions>() ?? new();
}
