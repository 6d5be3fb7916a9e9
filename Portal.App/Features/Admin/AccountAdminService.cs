using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Security;
using Portal.Domain.Text;

namespace Portal.App.Features.Admin;

/// <summary>
/// Accounts as administrators keep them (SPEC §1–§2, §10): create with a one-time password, lock, unlock, reset the
/// password (the owner must change it at the next sign-in), roles, unit. Each operation runs in its own scope so the
/// Identity stores never keep stale state across a long Blazor circuit; every change is audited by the data layer.
/// </summary>
public sealed class AccountAdminService(IServiceScopeFactory scopes, IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock, RuleProfiles profiles)
{
    public async Task<AccountPage> ListAsync(Actor actor, string? text, int page, int pageSize, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.ManageAccounts);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var users = db.Users.AsNoTracking();
        var folded = TextFolding.Fold(text);
        if (folded.Length > 0)
        {
            var raw = text!.Trim().ToUpperInvariant();
            users = users.Where(u => u.NormalizedUserName!.Contains(raw) || u.DisplayName.Contains(text.Trim()));
        }
        var total = await users.CountAsync(ct);
        var found = await users.OrderBy(u => u.UserName).Skip(page * pageSize).Take(pageSize)
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.PersonId, u.UnitId, u.LockoutEnd, u.MustChangePassword, u.PasswordChangedAt })
            .ToListAsync(ct);
        var ids = found.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ids.Contains(ur.UserId) select new { ur.UserId, r.Name })
            .ToListAsync(ct);
        var unitIds = found.Select(u => u.UnitId).OfType<int>().Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var now = clock.GetUtcNow();
        return new AccountPage([.. found.Select(u => new AccountRow(u.Id, u.UserName ?? "", u.DisplayName, u.PersonId, u.UnitId,
            u.UnitId is { } unit ? units.GetValueOrDefault(unit) : null,
            [.. roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order()], u.LockoutEnd > now, u.MustChangePassword, u.PasswordChangedAt))], total);
    }

    /// <summary>Creates the account and returns its one-time password, to be handed to the owner.</summary>
    public async Task<string> CreateAsync(Actor actor, AccountForm form, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.ManageAccounts);
        var userName = form.UserName.Trim();
        CheckUserName(userName);
        await using var scope = scopes.CreateAsyncScope();
        await DemandActiveAsync(scope, actor, ct);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var (personId, unitId, displayName) = await ResolveOwnerAsync(db, form, ct);
        var roles = CheckRoles(form.Roles);
        await CheckOneUnitAccountAsync(db, personId, unitId, null, ct);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        if (await users.FindByNameAsync(userName) is not null) throw new DomainException($"Tên đăng nhập \"{userName}\" đã có người dùng.");
        var password = TemporaryPassword();
        var user = new PortalUser
        {
            UserName = userName,
            DisplayName = displayName,
            PersonId = personId,
            UnitId = unitId,
            MustChangePassword = true,
            // A unit account named by the unit's e-mail (Khánh Hòa Điều 5.1a) gets its notices there.
            Email = personId is null && userName.Contains('@') ? userName : null,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRolesAsync(user, roles));
        await transaction.CommitAsync(ct);
        return password;
    }

    /// <summary>Changes the owner, unit and roles of an account.</summary>
    public async Task UpdateAsync(Actor actor, string id, AccountForm form, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.ManageAccounts);
        await using var scope = scopes.CreateAsyncScope();
        await DemandActiveAsync(scope, actor, ct);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await FindAsync(users, id);
        var (personId, unitId, displayName) = await ResolveOwnerAsync(db, form, ct);
        var roles = CheckRoles(form.Roles);
        await CheckOneUnitAccountAsync(db, personId, unitId, user.Id, ct);
        if (user.Id == actor.UserId && !roles.Contains(PortalRoles.Administrator))
            throw new DomainException("Bạn không thể tự bỏ quyền quản trị của chính mình.");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        user.PersonId = personId;
        user.UnitId = unitId;
        user.DisplayName = displayName;
        var current = await users.GetRolesAsync(user);
        Check(await users.RemoveFromRolesAsync(user, current.Except(roles)));
        Check(await users.AddToRolesAsync(user, roles.Except(current)));
        Check(await users.UpdateSecurityStampAsync(user));
        await transaction.CommitAsync(ct);
    }

    public async Task LockAsync(Actor actor, string id, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.ManageAccounts);
        if (id == actor.UserId) throw new DomainException("Bạn không thể tự khóa tài khoản của mình.");
        await using var scope = scopes.CreateAsyncScope();
        await DemandActiveAsync(scope, actor, ct);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await FindAsync(users, id);
        Check(await users.SetLockoutEnabledAsync(user, true));
        Check(await users.SetLockoutEndDateAsync(user, Components.Account.AccountAdminLock.Forever));
        // Signs the person out of open sessions at the next revalidation.
        Check(await users.UpdateSecurityStampAsync(user));
    }

    public async Task UnlockAsync(Actor actor, string id, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.ManageAccounts);
        await using var scope = scopes.CreateAsyncScope();
        await DemandActiveAsync(scope, actor, ct);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await FindAsync(users, id);
        Check(await users.SetLockoutEndDateAsync(user, null));
        Check(await users.ResetAccessFailedCountAsync(user));
    }

    /// <summary>Sets a new one-time password, returned to the administrator; the owner must change it at the next sign-in.</summary>
    public async Task<string> ResetPasswordAsync(Actor actor, string id, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.ManageAccounts);
        await using var scope = scopes.CreateAsyncScope();
        await DemandActiveAsync(scope, actor, ct);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await FindAsync(users, id);
        var password = TemporaryPassword();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        Check(await users.ResetPasswordAsync(user, token, password));
        user.MustChangePassword = true;
        Check(await users.UpdateAsync(user));
        return password;
    }

    /// <summary>Sixteen characters with upper and lower case letters, digits and symbols (SPEC §10), from a secure generator.</summary>
    public static string TemporaryPassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnpqrstuvwxyz", digits = "23456789", symbols = "@#$%&*!?";
        const string all = upper + lower + digits + symbols;
        var chars = new List<char>
        {
            upper[RandomNumberGenerator.GetInt32(upper.Length)], lower[RandomNumberGenerator.GetInt32(lower.Length)],
            digits[RandomNumberGenerator.GetInt32(digits.Length)], symbols[RandomNumberGenerator.GetInt32(symbols.Length)],
        };
        while (chars.Count < 16) chars.Add(all[RandomNumberGenerator.GetInt32(all.Length)]);
        return new string([.. chars.OrderBy(_ => RandomNumberGenerator.GetInt32(int.MaxValue))]);
    }

    private static async Task<(int? PersonId, int? UnitId, string DisplayName)> ResolveOwnerAsync(PortalDbContext db, AccountForm form, CancellationToken ct)
    {
        if (form.PersonId is { } personId)
        {
            var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, ct)
                         ?? throw new DomainException("Không tìm thấy cán bộ đã chọn.");
            return (person.Id, person.UnitId, person.FullName);
        }
        if (form.UnitId is not { } unitId) throw new DomainException("Hãy chọn cán bộ, hoặc chọn đơn vị cho tài khoản đơn vị.");
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, ct) ?? throw new DomainException("Không tìm thấy đơn vị đã chọn.");
        if (!unit.IsActive) throw new DomainException("Đơn vị đã ngừng hoạt động.");
        var name = Portal.Domain.Text.TextInput.Optional(form.DisplayName, PortalUser.DisplayNameMaxLength, "Tên hiển thị") ?? unit.Name;
        return (null, unit.Id, name);
    }

    /// <summary>A user name of 3–100 characters: unaccented letters, digits and . _ - — or a unit's e-mail address
    /// (Khánh Hòa 1986 Điều 5.1a: "stttt@khanhhoa.gov.vn").</summary>
    public static void CheckUserName(string userName)
    {
        var at = userName.IndexOf('@');
        var valid = userName.Length is >= 3 and <= 100
                    && userName.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '@')
                    && (at < 0 || (at > 0 && at == userName.LastIndexOf('@') && userName[(at + 1)..] is { Length: >= 3 } domain
                                   && domain.Contains('.') && !domain.StartsWith('.') && !domain.EndsWith('.')));
        if (!valid)
            throw new DomainException("Tên đăng nhập dài 3–100 ký tự, chỉ gồm chữ không dấu, số và các dấu . _ - (hoặc là địa chỉ thư điện tử của đơn vị).");
    }

    /// <summary>Where the rule profile says so (Khánh Hòa 1986 Điều 5.2), a unit has one unit account only.</summary>
    private async Task CheckOneUnitAccountAsync(PortalDbContext db, int? personId, int? unitId, string? exceptId, CancellationToken ct)
    {
        if (personId is not null || unitId is not { } unit || !(await profiles.ForUnitAsync(unit, ct)).OneUnitAccountPerUnit) return;
        var other = await db.Users.AsNoTracking().Where(u => u.PersonId == null && u.UnitId == unit && u.Id != exceptId)
            .Select(u => u.UserName).FirstOrDefaultAsync(ct);
        if (other is not null)
            throw new DomainException($"Đơn vị này đã có tài khoản đơn vị \"{other}\"; theo quy định của tỉnh, mỗi đơn vị chỉ được cấp một tài khoản đơn vị.");
    }

    private static List<string> CheckRoles(IEnumerable<string> roles)
    {
        var list = roles.Distinct().ToList();
        if (list.Count == 0) throw new DomainException("Hãy chọn ít nhất một vai trò.");
        if (list.FirstOrDefault(r => !PortalRoles.All.Contains(r)) is { } unknown) throw new DomainException($"Vai trò không hợp lệ: {unknown}.");
        return list;
    }

    private Task DemandActiveAsync(AsyncServiceScope scope, Actor actor, CancellationToken ct) =>
        scope.ServiceProvider.GetRequiredService<PortalDbContext>().DemandActiveAccountAsync(actor, clock.GetUtcNow(), ct);

    private static async Task<PortalUser> FindAsync(UserManager<PortalUser> users, string id) =>
        await users.FindByIdAsync(id) ?? throw new DomainException("Không tìm thấy tài khoản.");

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new DomainException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
