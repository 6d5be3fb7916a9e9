using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Admin;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.People;
using Portal.Domain.Security;
using Portal.Domain.Units;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Data;

/// <summary>Units, accounts and the rule profile administered through the application's services.</summary>
public sealed class AdministrationServiceTests : IAsyncLifetime
{
    private TestApp _app = null!;
    private Unit _committee = null!;
    private static readonly Actor Admin = new("admin-id", "Quản trị", null, null, new HashSet<string> { PortalRoles.Administrator }) { SecurityStamp = TestAccounts.Stamp };

    public async ValueTask InitializeAsync()
    {
        _app = await TestApp.CreateAsync();
        await TestAccounts.AddAsync(_app.Get<IDbContextFactory<PortalDbContext>>(), "admin-id");
        await using var db = await Db();
        _committee = new Unit("UBND tỉnh Quản Trị", "QT", UnitKind.ProvincialCommittee, null);
        db.Units.Add(_committee);
        await db.SaveChangesAsync();
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<PortalDbContext> Db() => _app.Get<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(Ct);

    private async Task<int> VersionOf(int unitId) =>
        (await _app.Get<UnitAdminService>().ListAsync(Admin, Ct)).Single(u => u.Id == unitId).Version;

    [Fact]
    public async Task Every_change_of_an_accounts_roles_lock_and_password_is_audited_with_what_changed()
    {
        var accounts = _app.Get<AccountAdminService>();
        var unit = await _app.Get<UnitAdminService>().CreateAsync(Admin, "Sở Nhật Ký", "SNK", UnitKind.Department, _committee.Id, Ct);
        await accounts.CreateAsync(Admin, new AccountForm { UserName = "nhatky", UnitId = unit, Roles = [PortalRoles.UnitSpecialist] }, Ct);
        string id;
        await using (var db = await Db()) id = (await db.Users.SingleAsync(u => u.UserName == "nhatky", Ct)).Id;

        await accounts.UpdateAsync(Admin, id, new AccountForm { UnitId = unit, Roles = [PortalRoles.UnitLeader] }, Ct);
        await accounts.LockAsync(Admin, id, Ct);
        await accounts.UnlockAsync(Admin, id, Ct);
        await accounts.ResetPasswordAsync(Admin, id, Ct);

        await using var check = await Db();
        var rows = await check.AuditTrail.AsNoTracking().Where(a => (a.Entity == "AccountRole" && a.EntityKey!.StartsWith(id)) || (a.Entity == nameof(PortalUser) && a.EntityKey == id))
            .OrderBy(a => a.Id).ToListAsync(Ct);
        Assert.All(rows, r => Assert.NotEqual(r.Before, r.After));
        Assert.Contains(rows, r => r.Entity == "AccountRole" && r.Action == "Create" && (r.After?.Contains(PortalRoles.UnitSpecialist) ?? false));
        Assert.Contains(rows, r => r.Entity == "AccountRole" && r.Action == "Delete" && (r.Before?.Contains(PortalRoles.UnitSpecialist) ?? false));
        Assert.Contains(rows, r => r.Entity == "AccountRole" && r.Action == "Create" && (r.After?.Contains(PortalRoles.UnitLeader) ?? false));
        Assert.Contains(rows, r => r.Entity == nameof(PortalUser) && (r.After?.Contains("LockoutEnd") ?? false) && (r.Before?.Contains("\"LockoutEnd\":null") ?? false));
        Assert.Contains(rows, r => r.Entity == nameof(PortalUser) && (r.Before?.Contains("LockoutEnd") ?? false) && (r.After?.Contains("\"LockoutEnd\":null") ?? false));
        var reset = Assert.Single(rows, r => r.Entity == nameof(PortalUser) && r.Action == "Update" && (r.After?.Contains("PasswordHash") ?? false));
        Assert.Contains("(giá trị mới, ẩn)", reset.After);
        Assert.All(rows, r => Assert.DoesNotContain("AQAAAA", (r.Before ?? "") + r.After));   // no hash of Identity's format ever
    }

    [Fact]
    public async Task Merging_a_unit_moves_its_people_to_the_successor_and_leaves_its_tasks_and_history_where_they_were()
    {
        var units = _app.Get<UnitAdminService>();
        var oldDistrict = await units.CreateAsync(Admin, "UBND huyện Cũ", "HC", UnitKind.District, _committee.Id, Ct);
        var commune = await units.CreateAsync(Admin, "UBND xã Mới", "XM", UnitKind.Commune, _committee.Id, Ct);
        int personId, taskId;
        await using (var db = await Db())
        {
            var person = new Person("Trần Văn Huyện", oldDistrict, "Chủ tịch");
            db.People.Add(person);
            var document = new DirectiveDocument(DocumentType.CongVan, "5", "UBND", "Về việc sáp nhập", new DateOnly(2026, 11, 2), _committee.Id, SecrecyLevel.None);
            var task = new CaseTask(document, "Bàn giao hồ sơ", oldDistrict, null, true, DateTimeOffset.UtcNow, null, SampleData.Calendar);
            db.CaseTasks.Add(task);
            await db.SaveChangesAsync(Ct);
            (personId, taskId) = (person.Id, task.Id);
        }

        await units.MergeAsync(Admin, oldDistrict, await VersionOf(oldDistrict), commune, TestContext.Current.CancellationToken);

        await using var check = await Db();
        var merged = await check.Units.SingleAsync(u => u.Id == oldDistrict, TestContext.Current.CancellationToken);
        Assert.Equal(UnitStatus.Merged, merged.Status);
        Assert.Equal(commune, merged.SuccessorId);
        Assert.Equal(commune, (await check.People.SingleAsync(p => p.Id == personId, TestContext.Current.CancellationToken)).UnitId);
        Assert.Equal(oldDistrict, (await check.CaseTasks.SingleAsync(t => t.Id == taskId, TestContext.Current.CancellationToken)).LeadUnitId);
        Assert.Contains(await check.AuditTrail.Where(a => a.Entity == nameof(Person)).ToListAsync(TestContext.Current.CancellationToken),
                        a => a.EntityKey == personId.ToString() && a.Action == "Update");
    }

    [Fact]
    public async Task Splitting_creates_the_new_units_beside_the_old_one_which_stops_with_the_first_as_successor()
    {
        var units = _app.Get<UnitAdminService>();
        var department = await units.CreateAsync(Admin, "Sở Văn hóa, Thể thao và Du lịch", "VHTTDL", UnitKind.Department, _committee.Id, Ct);

        await units.SplitAsync(Admin, department, await VersionOf(department), [("Sở Văn hóa và Thể thao", "VHTT"), ("Sở Du lịch", "SDL")],
                               TestContext.Current.CancellationToken);

        var rows = await units.ListAsync(Admin, TestContext.Current.CancellationToken);
        var old = rows.Single(r => r.Id == department);
        Assert.Equal(UnitStatus.Split, old.Status);
        Assert.Equal("Sở Văn hóa và Thể thao", old.Successor);
        Assert.All(rows.Where(r => r.Code is "VHTT" or "SDL"), r => Assert.Equal(_committee.Id, r.ParentId));
        Assert.Equal(2, rows.Count(r => r.Code is "VHTT" or "SDL" && r.Status == UnitStatus.Active));
    }

    [Fact]
    public async Task The_committees_head_is_one_of_its_people_and_is_the_Chairman_of_every_unit_below_it()
    {
        var units = _app.Get<UnitAdminService>();
        var department = await units.CreateAsync(Admin, "Sở Công Thương", "SCT", UnitKind.Department, _committee.Id, Ct);
        var division = await units.CreateAsync(Admin, "Phòng Thương mại", "SCT-TM", UnitKind.Division, department, Ct);
        int chairman, outsider;
        await using (var db = await Db())
        {
            var people = new[] { new Person("Nguyễn Chủ Tịch", _committee.Id, "Chủ tịch UBND tỉnh"), new Person("Trần Giám Đốc", department, "Giám đốc") };
            db.People.AddRange(people);
            await db.SaveChangesAsync(Ct);
            (chairman, outsider) = (people[0].Id, people[1].Id);
        }

        var version = await VersionOf(_committee.Id);
        await Assert.ThrowsAsync<DomainException>(() => units.SetHeadAsync(Admin, _committee.Id, version, outsider, Ct));
        Assert.Null(await _app.Get<UnitTreeCache>().ChairmanOfAsync(division, Ct));
        await units.SetHeadAsync(Admin, _committee.Id, await VersionOf(_committee.Id), chairman, Ct);

        Assert.Equal("Nguyễn Chủ Tịch", (await units.ListAsync(Admin, Ct)).Single(r => r.Id == _committee.Id).Head);
        Assert.Equal(chairman, await _app.Get<UnitTreeCache>().ChairmanOfAsync(division, Ct));
        Assert.Equal(chairman, await _app.Get<UnitTreeCache>().ChairmanOfAsync(_committee.Id, Ct));
    }

    [Fact]
    public async Task A_unit_is_marked_as_in_a_remote_area_for_its_longer_complaint_limits_and_a_plain_rename_keeps_the_mark()
    {
        var units = _app.Get<UnitAdminService>();
        var commune = await units.CreateAsync(Admin, "UBND xã Đảo Xa", "XDX", UnitKind.Commune, _committee.Id, Ct);
        Assert.False((await units.ListAsync(Admin, Ct)).Single(r => r.Id == commune).IsRemote);

        await units.RenameAsync(Admin, commune, await VersionOf(commune), "UBND xã Đảo Xa", "XDX", Ct, remote: true);
        Assert.True((await units.ListAsync(Admin, Ct)).Single(r => r.Id == commune).IsRemote);
        await units.RenameAsync(Admin, commune, await VersionOf(commune), "UBND đặc khu Đảo Xa", "XDX", Ct);
        var row = (await units.ListAsync(Admin, Ct)).Single(r => r.Id == commune);
        Assert.True(row.IsRemote);
        Assert.Equal("UBND đặc khu Đảo Xa", row.Name);
    }

    [Fact]
    public async Task Bad_unit_changes_are_refused_and_change_nothing()
    {
        var units = _app.Get<UnitAdminService>();
        var parent = await units.CreateAsync(Admin, "Sở Nội vụ", "SNV", UnitKind.Department, _committee.Id, Ct);
        var child = await units.CreateAsync(Admin, "Phòng Tổ chức", "SNV-TC", UnitKind.Division, parent, Ct);
        var parentVersion = await VersionOf(parent);
        var childVersion = await VersionOf(child);

        await Assert.ThrowsAsync<DomainException>(() => units.MoveAsync(Admin, parent, parentVersion, child, Ct));
        await Assert.ThrowsAsync<DomainException>(() => units.CreateAsync(Admin, "Trùng mã", "SNV", UnitKind.Division, parent, Ct));
        await Assert.ThrowsAsync<DomainException>(() => units.SplitAsync(Admin, parent, parentVersion, [("Một", "M1")], Ct));
        await Assert.ThrowsAsync<DomainException>(() => units.RenameAsync(Admin, child, childVersion + 5, "Tên mới", "SNV-TC", Ct));

        var rows = await units.ListAsync(Admin, Ct);
        Assert.Equal(parent, rows.Single(r => r.Id == child).ParentId);
        Assert.Equal("Phòng Tổ chức", rows.Single(r => r.Id == child).Name);
        Assert.Equal(3, rows.Count);
    }

    [Fact]
    public async Task An_account_is_created_with_a_one_time_password_locked_unlocked_and_reset_and_the_owner_must_change_it()
    {
        var ct = TestContext.Current.CancellationToken;
        var accounts = _app.Get<AccountAdminService>();
        int personId;
        await using (var db = await Db())
        {
            var person = new Person("Lê Thị Mới", _committee.Id, "Chuyên viên");
            db.People.Add(person);
            await db.SaveChangesAsync(ct);
            personId = person.Id;
        }

        var first = await accounts.CreateAsync(Admin, new AccountForm { UserName = "lethimoi", PersonId = personId, Roles = [PortalRoles.UnitSpecialist] }, ct);
        await Assert.ThrowsAsync<DomainException>(() => accounts.CreateAsync(Admin, new AccountForm { UserName = "lethimoi", PersonId = personId, Roles = [PortalRoles.Clerk] }, ct));
        await Assert.ThrowsAsync<DomainException>(() => accounts.CreateAsync(Admin, new AccountForm { UserName = "khong vai tro", PersonId = personId }, ct));

        var row = Assert.Single((await accounts.ListAsync(Admin, "lethimoi", 0, 10, ct)).Rows);
        Assert.Equal("Lê Thị Mới", row.DisplayName);
        Assert.True(row.MustChangePassword);
        Assert.Equal([PortalRoles.UnitSpecialist], row.Roles);
        var users = _app.Get<UserManager<PortalUser>>();
        Assert.True(await users.CheckPasswordAsync((await users.FindByNameAsync("lethimoi"))!, first));

        await accounts.LockAsync(Admin, row.Id, ct);
        Assert.True(await users.IsLockedOutAsync((await _app.Get<UserManager<PortalUser>>().FindByNameAsync("lethimoi"))!));
        await accounts.UnlockAsync(Admin, row.Id, ct);
        Assert.False(await users.IsLockedOutAsync((await _app.Get<UserManager<PortalUser>>().FindByNameAsync("lethimoi"))!));

        var second = await accounts.ResetPasswordAsync(Admin, row.Id, ct);
        var reloaded = (await _app.Get<UserManager<PortalUser>>().FindByNameAsync("lethimoi"))!;
        Assert.NotEqual(first, second);
        Assert.False(await users.CheckPasswordAsync(reloaded, first));
        Assert.True(await users.CheckPasswordAsync(reloaded, second));
        Assert.True(reloaded.MustChangePassword);

        await accounts.UpdateAsync(Admin, row.Id, new AccountForm { PersonId = personId, Roles = [PortalRoles.UnitLeader, PortalRoles.UnitSpecialist] }, ct);
        Assert.Equal([PortalRoles.UnitLeader, PortalRoles.UnitSpecialist], Assert.Single((await accounts.ListAsync(Admin, "lethimoi", 0, 10, ct)).Rows).Roles);
        await Assert.ThrowsAsync<DomainException>(() => accounts.LockAsync(Admin, Admin.UserId, ct));
    }

    [Fact]
    public async Task A_unit_account_signs_in_for_the_unit_with_no_person_behind_it()
    {
        var accounts = _app.Get<AccountAdminService>();

        await accounts.CreateAsync(Admin, new AccountForm { UserName = "ubnd.quantri", UnitId = _committee.Id, Roles = [PortalRoles.Clerk] },
                                   TestContext.Current.CancellationToken);

        var row = Assert.Single((await accounts.ListAsync(Admin, "ubnd.quantri", 0, 10, TestContext.Current.CancellationToken)).Rows);
        Assert.True(row.IsUnitAccount);
        Assert.Equal("UBND tỉnh Quản Trị", row.DisplayName);
    }

    [Fact]
    public async Task A_unit_account_may_be_named_by_the_units_e_mail_and_where_the_profile_says_so_a_unit_has_one_only()
    {
        var ct = TestContext.Current.CancellationToken;
        var accounts = _app.Get<AccountAdminService>();
        var settings = _app.Get<RuleSettingsService>();
        var unit = await _app.Get<UnitAdminService>().CreateAsync(Admin, "Sở Thông tin và Truyền thông", "STTTT", UnitKind.Department, _committee.Id, ct);

        // Khánh Hòa 1986 Điều 5.1a: "Sở Thông tin và Truyền thông có tài khoản là stttt@khanhhoa.gov.vn"; its notices go there.
        await accounts.CreateAsync(Admin, new AccountForm { UserName = "stttt@khanhhoa.gov.vn", UnitId = unit, Roles = [PortalRoles.UnitSpecialist] }, ct);
        await using (var db = await Db())
            Assert.Equal("stttt@khanhhoa.gov.vn", (await db.Users.SingleAsync(u => u.UserName == "stttt@khanhhoa.gov.vn", ct)).Email);
        foreach (var bad in new[] { "a@b@c.vn", "@khanhhoa.gov.vn", "stttt@vn", "stttt@.vn", "sở@khanhhoa.gov.vn" })
            await Assert.ThrowsAsync<DomainException>(() => accounts.CreateAsync(Admin, new AccountForm { UserName = bad, UnitId = _committee.Id, Roles = [PortalRoles.Clerk] }, ct));

        // Without the rule a second unit account is allowed; with it (Điều 5.2 "mỗi cơ quan … được cấp 01 tài khoản") it is refused,
        // and so is turning a person's account into a second one, while a personal account of the unit stays possible.
        await accounts.CreateAsync(Admin, new AccountForm { UserName = "stttt2", UnitId = unit, Roles = [PortalRoles.UnitSpecialist] }, ct);
        var form = await settings.GetAsync(Admin, ct);
        form.OneUnitAccountPerUnit = true;
        await settings.SaveAsync(Admin, form, ct);
        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            accounts.CreateAsync(Admin, new AccountForm { UserName = "stttt3", UnitId = unit, Roles = [PortalRoles.UnitSpecialist] }, ct));
        Assert.Contains("mỗi đơn vị chỉ được cấp một tài khoản đơn vị", refused.Message);
        int person;
        await using (var db = await Db())
        {
            var p = new Person("Trần Văn Mới", unit, "Chuyên viên");
            db.People.Add(p);
            await db.SaveChangesAsync(ct);
            person = p.Id;
        }
        await accounts.CreateAsync(Admin, new AccountForm { UserName = "tranvanmoi", PersonId = person, Roles = [PortalRoles.UnitSpecialist] }, ct);
        string personal;
        await using (var db = await Db()) personal = (await db.Users.SingleAsync(u => u.UserName == "tranvanmoi", ct)).Id;
        await Assert.ThrowsAsync<DomainException>(() => accounts.UpdateAsync(Admin, personal, new AccountForm { UnitId = unit, Roles = [PortalRoles.UnitSpecialist] }, ct));
        Assert.Equal(3, (await accounts.ListAsync(Admin, "t", 0, 50, ct)).Rows.Count(r => r.UnitId == unit));
    }

    [Fact]
    public async Task The_rule_profile_saved_by_the_administrator_takes_effect_at_once_and_bad_values_change_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = _app.Get<RuleSettingsService>();
        var profiles = _app.Get<RuleProfiles>();
        Assert.Equal([3, 1], (await profiles.ForProvinceAsync(null, ct)).WarningDays);

        var form = await settings.GetAsync(Admin, ct);
        form.WarningDays = "5, 2, 1";
        form.UseCutOff = true;
        form.EntryCutOff = new TimeSpan(15, 0, 0);
        form.EntryWorkingDays = 0;
        form.UrgingIntervalDays = 2;
        await settings.SaveAsync(Admin, form, ct);

        var rules = await profiles.ForProvinceAsync(null, ct);
        Assert.Equal([5, 2, 1], rules.WarningDays);
        Assert.Equal(2, rules.UrgingIntervalDays);
        var calendar = SampleData.Calendar;
        Assert.Equal(new DateOnly(2026, 11, 27), rules.EntryDeadline(VietnamTime.At(new DateOnly(2026, 11, 26), new TimeOnly(15, 30)), DocumentUrgency.Normal, 1, calendar));
        Assert.Equal(new DateOnly(2026, 11, 26), rules.EntryDeadline(VietnamTime.At(new DateOnly(2026, 11, 26), new TimeOnly(14, 0)), DocumentUrgency.Normal, 1, calendar));

        var bad = await settings.GetAsync(Admin, ct);
        bad.WarningDays = "ba ngày";
        bad.UrgingIntervalDays = 9;
        await Assert.ThrowsAsync<DomainException>(() => settings.SaveAsync(Admin, bad, ct));
        var stale = await settings.GetAsync(Admin, ct);
        stale.Version -= 1;
        await Assert.ThrowsAsync<DomainException>(() => settings.SaveAsync(Admin, stale, ct));
        Assert.Equal(2, (await profiles.ForProvinceAsync(null, ct)).UrgingIntervalDays);
        Assert.Equal("5, 2, 1", (await settings.GetAsync(Admin, ct)).WarningDays);
    }

    [Fact]
    public async Task The_answer_entry_and_review_limits_are_set_per_province_and_a_limit_out_of_range_changes_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = _app.Get<RuleSettingsService>();
        var profiles = _app.Get<RuleProfiles>();
        var calendar = SampleData.Calendar;
        var defaults = await profiles.ForProvinceAsync(null, ct);
        Assert.Equal(UpdateDeadline.Hue, defaults.AnswerEntryRule);            // Huế 71 Điều 7.2c: 3 working days
        Assert.Equal(UpdateDeadline.OfficeReview, defaults.Review);            // the same working day, the next after 15:00

        // Đồng Tháp 128 Điều 14.4: the same day, the next working day after 15:00; no review deadline.
        var form = await settings.GetAsync(Admin, ct);
        (form.AnswerEntryWorkingDays, form.AnswerEntryUseCutOff, form.AnswerEntryCutOff) = (0, true, new TimeSpan(15, 0, 0));
        form.ReviewDeadline = false;
        form.LateUpdateDeduction = 0.5;
        await settings.SaveAsync(Admin, form, ct);
        var rules = await profiles.ForProvinceAsync(null, ct);
        Assert.Equal(new DateOnly(2026, 11, 27), rules.AnswerEntryRule.DueOn(new DateOnly(2026, 11, 26), new TimeOnly(15, 30), calendar));
        Assert.Null(rules.Review);
        Assert.Equal(0.5, rules.LateUpdateDeduction);

        var bad = await settings.GetAsync(Admin, ct);
        bad.AnswerEntryWorkingDays = 11;
        var refused = await Assert.ThrowsAsync<DomainException>(() => settings.SaveAsync(Admin, bad, ct));
        Assert.Contains("Hạn cập nhật văn bản trả lời", refused.Message);
        Assert.Equal(0, (await profiles.ForProvinceAsync(null, ct)).AnswerEntryRule.WorkingDays);
    }
}
