using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Portal.App.Features.Admin;

/// <summary>
/// A file made for one person once — the one-time passwords of an import — held in memory for ten minutes and served once to
/// the account that made it, then forgotten; never written to disk or to the database.
/// </summary>
public sealed class OneTimeDownloads(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, (string UserId, byte[] Content, string FileName, DateTimeOffset Expires)> _files = new();

    public string Put(string userId, byte[] content, string fileName)
    {
        var now = clock.GetUtcNow();
        foreach (var old in _files.Where(f => f.Value.Expires < now)) _files.TryRemove(old.Key, out _);
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        _files[token] = (userId, content, fileName, now + Lifetime);
        return token;
    }

    /// <summary>The file, once, to the account that made it while it lasts; otherwise none.</summary>
    public (byte[] Content, string FileName)? Take(string userId, string token)
    {
        if (!_files.TryGetValue(token, out var file) || file.UserId != userId) return null;
        if (!_files.TryRemove(token, out _) || file.Expires < clock.GetUtcNow()) return null;
        return (file.Content, file.FileName);
    }
}
