using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;

namespace Portal.App.Features.Questions;

/// <summary>
/// <c>dotnet Portal.App.dll apikey create --name NAME --scopes questions [--province ID]</c> (also <c>list</c>, <c>revoke --id N</c>):
/// the installer's way to give the public portal its key on the server, without an administrator's account. The database is
/// migrated first, as at start-up; the key is printed once.
/// </summary>
public static class ApiKeyCommand
{
    public const string Usage = "Cách dùng: apikey create --name TÊN --scopes questions [--province MÃ_ĐƠN_VỊ_TỈNH] | apikey list | apikey revoke --id SỐ";

    public static Task<int> RunAsync(string[] args, string[] hostArgs) =>
        CommandHost.RunAsync(hostArgs, services => RunAsync(args, services));

    private static async Task<int> RunAsync(string[] args, IServiceProvider services)
    {
        var options = CommandHost.Options(args.Skip(1));
        var keys = services.GetRequiredService<ApiKeyService>();
        return await CommandHost.GuardAsync(Usage, async () =>
        {
            switch (args.FirstOrDefault())
            {
                case "create":
                    int? province = options.TryGetValue("province", out var p) && int.TryParse(p, out var id) ? id : null;
                    var created = await keys.CreateAsync($"dòng lệnh ({Environment.UserName})", options.GetValueOrDefault("name"),
                                                         [options.GetValueOrDefault("scopes") ?? ""], province);
                    Console.WriteLine($"Đã tạo khóa #{created.Id} cho \"{created.Name}\" (phạm vi: {created.Scopes}). Khóa chỉ hiện lần này:");
                    Console.WriteLine(created.Key);
                    return 0;
                case "list":
                    var db = services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<PortalDbContext>>();
                    await using (var context = await db.CreateDbContextAsync())
                        foreach (var k in context.ApiKeys.OrderBy(k => k.Id))
                            Console.WriteLine($"#{k.Id}\tpk_{k.Prefix}_…\t{k.Name}\t{k.Scopes}\t{(k.RevokedAt is null ? "đang dùng" : "đã thu hồi")}");
                    return 0;
                case "revoke" when options.TryGetValue("id", out var text) && int.TryParse(text, out var keyId):
                    await using (var context = await services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
                    {
                        var key = await context.ApiKeys.FindAsync(keyId);
                        if (key is null || key.RevokedAt is not null) throw new DomainException("Không có khóa đang dùng với số này.");
                        key.RevokedAt = services.GetRequiredService<TimeProvider>().GetUtcNow();
                        await context.SaveChangesAsync();
                    }
                    Console.WriteLine($"Đã thu hồi khóa #{keyId}.");
                    return 0;
                default:
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        });
    }
}
