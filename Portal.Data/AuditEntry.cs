namespace Portal.Data;

/// <summary>One row of the audit trail (Nhật ký): who did what to which record, when, from where, before and after.</summary>
public sealed class AuditEntry
{
    public const int UserIdMaxLength = 450;
    public const int UserNameMaxLength = 256;
    public const int AddressMaxLength = 64;
    public const int KeyMaxLength = 100;

    /// <summary>
    /// What fits the column: longer text (a user name typed by anybody at sign-in) is cut, with a mark, and control
    /// characters (a NUL, which PostgreSQL refuses in text) are shown as "�".
    /// </summary>
    public static string? Cut(string? value, int maxLength)
    {
        if (value is null) return null;
        if (value.Any(char.IsControl)) value = string.Concat(value.Select(c => char.IsControl(c) ? '\uFFFD' : c));
        return value.Length <= maxLength ? value : value[..(maxLength - 1)] + "…";
    }

    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }
    public string? UserName { get; set; }
    public string? Address { get; set; }
    /// <summary>Create, Update, Delete, SignIn or SignInFailed.</summary>
    public string Action { get; set; } = "";
    public string Entity { get; set; } = "";
    public string? EntityKey { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
}
