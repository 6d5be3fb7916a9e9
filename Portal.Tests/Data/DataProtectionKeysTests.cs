using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Data;

/// <summary>
/// The keys that protect the sign-in cookie and the antiforgery tokens live in the database (issue 17): what one server (or
/// the same server before a restart) protected, another one on the same database reads.
/// </summary>
public sealed class DataProtectionKeysTests
{
    [Fact]
    public async Task What_one_server_protected_another_server_of_the_same_database_unprotects()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var first = await TestApp.CreateAsync();
        var token = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Portal.Auth").Protect("phiên đăng nhập của quantri");
        await using (var db = await first.Get<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(ct))
            Assert.NotEmpty(await db.DataProtectionKeys.ToListAsync(ct));

        await using var second = await TestApp.CreateAsync(folder: first.Folder);

        Assert.Equal("phiên đăng nhập của quantri", second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Portal.Auth").Unprotect(token));
    }
}
