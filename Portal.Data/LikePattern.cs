namespace Portal.Data;

/// <summary>
/// LIKE patterns for text holding a value anywhere, its wildcards escaped (with <see cref="Escape"/>): PostgreSQL's trigram
/// indexes serve LIKE, not the <c>strpos</c> that <c>string.Contains</c> becomes there.
/// </summary>
public static class LikePattern
{
    public const string Escape = @"\";

    public static string Containing(string text) => "%" + text.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "%";
}
