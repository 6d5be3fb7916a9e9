namespace Portal.Data;

/// <summary>
/// The key of a system that integrates with the public API (the province's public portal, …): one per system, created by an
/// administrator (admin page or <c>apikey create</c>), shown once and stored only as its SHA-256 hash; revocable. A key
/// belongs to a province (the questions it sends are that province's) and names the scopes it may use.
/// </summary>
public sealed class ApiKey
{
    public const int NameMaxLength = 100;
    public const int PrefixLength = 8;
    public const string QuestionsScope = "questions";
    public static readonly IReadOnlyList<string> KnownScopes = [QuestionsScope];

    public int Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>The key's first characters after <c>pk_</c>, shown on the admin page to tell keys apart; not secret.</summary>
    public string Prefix { get; set; } = "";
    /// <summary>SHA-256 of the whole key, hexadecimal.</summary>
    public string KeyHash { get; set; } = "";
    /// <summary>Scopes separated by spaces.</summary>
    public string Scopes { get; set; } = "";
    public int? ProvinceId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }

    public bool Allows(string scope) => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(scope, StringComparer.Ordinal);
}
