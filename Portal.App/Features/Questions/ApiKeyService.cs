using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Security;
using Portal.Domain.Text;

namespace Portal.App.Features.Questions;

/// <summary>
/// The keys of the systems that use the public API: created by an administrator (the admin page, or
/// <c>apikey create --name NAME --scopes questions</c>), shown once, stored as their SHA-256 hash, revocable; each request's
/// <c>X-Api-Key</c> is checked here.
/// </summary>
public sealed class ApiKeyService(IDbContextFactory<PortalDbContext> dbFactory, UnitTreeCache tree, TimeProvider clock)
{
    private const string KeyAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    public const int MaxKeyLength = 100;

    public async Task<CreatedApiKey> CreateAsync(Actor actor, string? name, IReadOnlyCollection<string> scopes, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.ManageApiKeys);
        await using (var db = await dbFactory.CreateDbContextAsync(ct)) await db.DemandActiveAccountAsync(actor, clock.GetUtcNow(), ct);
        return await CreateAsync(actor.DisplayName, name, scopes, await tree.ProvinceOfAsync(actor.UnitId, ct), ct);
    }

    /// <summary>The command line's creation (the installer on the server, no account): the installation's only province, or the one named.</summary>
    public async Task<CreatedApiKey> CreateAsync(string createdBy, string? name, IReadOnlyCollection<string> scopes, int? provinceId, CancellationToken ct = default)
    {
        var keyName = TextInput.Required(name, ApiKey.NameMaxLength, "Tên hệ thống dùng khóa");
        var wanted = scopes.SelectMany(s => s.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct().ToList();
        if (wanted.Count == 0) throw new DomainException($"Vui lòng chọn phạm vi của khóa ({string.Join(", ", ApiKey.KnownScopes)}).");
        if (wanted.FirstOrDefault(s => !ApiKey.KnownScopes.Contains(s)) is { } unknown)
            throw new DomainException($"Phạm vi \"{unknown}\" không có; các phạm vi: {string.Join(", ", ApiKey.KnownScopes)}.");
        var provinces = await tree.ProvincesAsync(ct);
        var province = provinceId ?? (provinces.Count == 1 ? provinces[0] : throw new DomainException("Cài đặt có nhiều tỉnh: vui lòng chỉ rõ tỉnh của khóa."));
        if (!provinces.Contains(province)) throw new DomainException("Tỉnh của khóa không có trong cài đặt.");
        var prefix = RandomNumberGenerator.GetString(KeyAlphabet, ApiKey.PrefixLength);
        var key = $"pk_{prefix}_{RandomNumberGenerator.GetString(KeyAlphabet, 40)}";
        var row = new ApiKey
        {
            Name = keyName,
            Prefix = prefix,
            KeyHash = Hash(key),
            Scopes = string.Join(' ', wanted),
            ProvinceId = province,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = createdBy.Length <= 256 ? createdBy : createdBy[..256],
        };
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ApiKeys.Add(row);
        await db.SaveChangesAsync(ct);
        return new CreatedApiKey(row.Id, row.Name, key, row.Scopes);
    }

    public async Task<IReadOnlyList<ApiKeyRow>> ListAsync(Actor actor, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.ManageApiKeys);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.ApiKeys.AsNoTracking().OrderBy(k => k.RevokedAt != null).ThenByDescending(k => k.CreatedAt)
            .Select(k => new ApiKeyRow(k.Id, k.Name, "pk_" + k.Prefix + "_…", k.Scopes, k.CreatedAt, k.CreatedBy, k.LastUsedAt, k.RevokedAt)).ToListAsync(ct);
    }

    public async Task RevokeAsync(Actor actor, int id, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.ManageApiKeys);
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.DemandActiveAccountAsync(actor, now, ct);
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, ct) ?? throw new DomainException("Không tìm thấy khóa này.");
        if (key.RevokedAt is not null) throw new DomainException("Khóa đã bị thu hồi.");
        key.RevokedAt = now;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The system a presented key belongs to; none for an unknown, malformed or revoked key.</summary>
    public async Task<(ApiClient Client, IReadOnlyList<string> Scopes)?> AuthenticateAsync(string? presented, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(presented) || presented.Length > MaxKeyLength || !presented.StartsWith("pk_", StringComparison.Ordinal)) return null;
        var hash = Hash(presented);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.KeyHash == hash, ct);
        if (key is null || key.RevokedAt is not null) return null;
        var now = clock.GetUtcNow();
        if (key.LastUsedAt is not { } used || now - used > TimeSpan.FromMinutes(5))
        {
            key.LastUsedAt = now;
            await db.SaveChangesAsync(ct);
        }
        return (new ApiClient(key.Id, key.Name, key.ProvinceId), key.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}

/// <summary>A key just made: the only time its text is shown.</summary>
public sealed record CreatedApiKey(int Id, string Name, string Key, string Scopes);

public sealed record ApiKeyRow(int Id, string Name, string Shown, string Scopes, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);
