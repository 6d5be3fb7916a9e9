namespace Portal.Data;

/// <summary>A password an account used before, kept (hashed) so the last ones cannot be reused (SPEC §10).</summary>
public sealed class PasswordHistory
{
    public long Id { get; set; }
    public string UserId { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public DateTimeOffset ChangedAt { get; set; }
}
