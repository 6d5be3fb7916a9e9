using System.Net.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Security;

namespace Portal.App.Features.Admin;

/// <summary>
/// <c>dotnet Portal.App.dll admin create --user NAME --email ADDRESS [--name "Họ tên"]</c>, <c>admin list</c>,
/// <c>admin unlock --user NAME</c>: the installer's way to the first administrator of an empty database (issue 17), and back
/// in when every administrator is locked out. <c>create</c> makes the account, or resets an existing one, as an administrator
/// with a one-time password printed once: it must be changed at the first sign-in. Run on the server, so it needs no account.
/// </summary>
public static class AdminCommand
{
    public const string Usage = "Cách dùng: admin create --user TÊN_ĐĂNG_NHẬP --email ĐỊA_CHỈ_EMAIL [--name \"HỌ TÊN\"] | admin list | admin unlock --user TÊN_ĐĂNG_NHẬP"
                                + " | admin backup [--to THƯ_MỤC] | admin restore --from TỆP.zip";

    public static Task<int> RunAsync(string[] args, string[] hostArgs) =>
        // A restore goes into an empty database: it is migrated after the restore, not before.
        CommandHost.RunAsync(hostArgs, (services, migrate) => RunAsync(args, services, migrate), migrateFirst: args.FirstOrDefault() != "restore");

    private static async Task<int> RunAsync(string[] args, IServiceProvider services, Func<Task> migrate)
    {
        var options = CommandHost.Options(args.Skip(1));
        var users = services.GetRequiredService<UserManager<PortalUser>>();
        return await CommandHost.GuardAsync(Usage, async () =>
        {
            switch (args.FirstOrDefault())
            {
                case "backup":
                    var backup = await services.GetRequiredService<Operations.BackupService>().CreateAsync(options.GetValueOrDefault("to"));
                    Console.WriteLine($"Đã sao lưu vào {backup.Path} ({backup.Bytes.ToString("N0", Portal.App.Infrastructure.VietnameseDates.Culture)} byte): {(backup.HasDatabase ? "cơ sở dữ liệu SQLite và " : "")}{backup.Files} tệp đính kèm.");
                    if (!backup.HasDatabase)
                        Console.WriteLine("Cơ sở dữ liệu PostgreSQL / SQL Server sao lưu bằng công cụ của nó (pg_dump -Fc; BACKUP DATABASE): xem README, mục Backups.");
                    return 0;
                case "restore":
                    var from = options.GetValueOrDefault("from");
                    if (string.IsNullOrWhiteSpace(from)) throw new DomainException("Vui lòng chỉ tệp sao lưu (--from TỆP.zip).");
                    var restored = await services.GetRequiredService<Operations.BackupService>().RestoreAsync(from);
                    await migrate();
                    Console.WriteLine($"Đã khôi phục cơ sở dữ liệu và {restored} tệp đính kèm từ {from}.");
                    return 0;
                case "create":
                    var (created, password) = await CreateOrResetAsync(users, options.GetValueOrDefault("user"), options.GetValueOrDefault("email"),
                                                                       options.GetValueOrDefault("name"));
                    Console.WriteLine(created
                        ? $"Đã tạo tài khoản quản trị \"{options["user"].Trim()}\". Mật khẩu dùng một lần (chỉ hiện lần này; phải đổi khi đăng nhập lần đầu):"
                        : $"Đã đặt lại tài khoản \"{options["user"].Trim()}\" thành quản trị, mở khóa. Mật khẩu dùng một lần (chỉ hiện lần này; phải đổi khi đăng nhập lần đầu):");
                    Console.WriteLine(password);
                    return 0;
                case "list":
                    var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
                    var admins = await users.GetUsersInRoleAsync(PortalRoles.Administrator);
                    if (admins.Count == 0) Console.WriteLine("Chưa có tài khoản quản trị nào; tạo bằng: admin create --user … --email …");
                    foreach (var u in admins.OrderBy(u => u.UserName, StringComparer.Ordinal))
                        Console.WriteLine(string.Join('\t', u.UserName, u.DisplayName, u.Email ?? "(chưa có email)",
                                                      u.LockoutEnd > now ? "đang bị khóa" : "đang hoạt động", u.MustChangePassword ? "phải đổi mật khẩu" : ""));
                    return 0;
                case "unlock":
                    var user = await FindAsync(users, options.GetValueOrDefault("user"));
                    Check(await users.SetLockoutEndDateAsync(user, null));
                    Check(await users.ResetAccessFailedCountAsync(user));
                    Console.WriteLine($"Đã mở khóa tài khoản \"{user.UserName}\".");
                    return 0;
                default:
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        });
    }

    /// <summary>Creates the administrator, or makes an existing account one again (unlocked, a new one-time password).</summary>
    internal static async Task<(bool Created, string Password)> CreateOrResetAsync(UserManager<PortalUser> users, string? userName, string? email, string? name)
    {
        userName = userName?.Trim();
        if (string.IsNullOrEmpty(userName)) throw new DomainException("Vui lòng nhập tên đăng nhập (--user).");
        AccountAdminService.CheckUserName(userName);
        email = email?.Trim();
        if (string.IsNullOrEmpty(email)) throw new DomainException("Vui lòng nhập địa chỉ email của người quản trị (--email).");
        if (email.Length > 256 || !MailAddress.TryCreate(email, out var address) || address.Address != email)
            throw new DomainException($"Địa chỉ email \"{email}\" không hợp lệ.");
        var displayName = Portal.Domain.Text.TextInput.Optional(name, PortalUser.DisplayNameMaxLength, "Họ tên") ?? "Quản trị hệ thống";
        var password = AccountAdminService.TemporaryPassword();
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            user = new PortalUser { UserName = userName, Email = email, EmailConfirmed = true, DisplayName = displayName, MustChangePassword = true };
            Check(await users.CreateAsync(user, password));
            Check(await users.AddToRoleAsync(user, PortalRoles.Administrator));
            return (true, password);
        }
        user.Email = email;
        user.EmailConfirmed = true;
        if (name is not null) user.DisplayName = displayName;
        user.MustChangePassword = true;
        Check(await users.UpdateAsync(user));
        Check(await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), password));
        if (!await users.IsInRoleAsync(user, PortalRoles.Administrator)) Check(await users.AddToRoleAsync(user, PortalRoles.Administrator));
        Check(await users.SetLockoutEndDateAsync(user, null));
        Check(await users.ResetAccessFailedCountAsync(user));
        // Any session still open on the account ends at its next check.
        Check(await users.UpdateSecurityStampAsync(user));
        return (false, password);
    }

    private static async Task<PortalUser> FindAsync(UserManager<PortalUser> users, string? userName) =>
        string.IsNullOrWhiteSpace(userName)
            ? throw new DomainException("Vui lòng nhập tên đăng nhập (--user).")
            : await users.FindByNameAsync(userName.Trim()) ?? throw new DomainException($"Không có tài khoản \"{userName.Trim()}\".");

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new DomainException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
