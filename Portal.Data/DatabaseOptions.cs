using Microsoft.Extensions.Configuration;

namespace Portal.Data;

/// <summary>
/// The <c>Database</c> section and the <c>Portal</c> connection string, read and checked once when the portal starts:
/// a provider that is not one of Sqlite, Postgres, SqlServer, or a server provider without a connection string, stops
/// start-up with a message naming the key.
/// </summary>
public sealed record DatabaseOptions(DatabaseProvider Provider, string? ConnectionString)
{
    public const string Section = "Database";

    public static DatabaseOptions From(IConfiguration configuration)
    {
        var providerName = configuration[$"{Section}:Provider"];
        var provider = string.IsNullOrWhiteSpace(providerName)
            ? DatabaseProvider.Sqlite
            : Enum.TryParse<DatabaseProvider>(providerName, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                ? parsed
                : throw new InvalidOperationException($"{Section}:Provider '{providerName}' is not one of Sqlite, Postgres, SqlServer.");
        var connectionString = configuration.GetConnectionString("Portal");
        if (provider != DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException($"ConnectionStrings:Portal is required for the {provider} provider.");
        return new(provider, string.IsNullOrWhiteSpace(connectionString) ? null : connectionString);
    }
}
