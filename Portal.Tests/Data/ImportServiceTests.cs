using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Admin;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Security;
using Portal.Domain.Units;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Data;

/// <summary>
/// Importing the organisation from Excel (issue 17): the template reads back; a file is checked row by row with errors naming
/// the row and the column; nothing is written unless every row is valid; then every row is written (audited), the unit tree
/// with its parents in any order, people with the accounts asked for and their one-time passwords.
/// </summary>
public sealed class ImportServiceTests : IAsyncLifetime
{
    private TestApp _app = null!;
    private static readonly Actor Admin = new("admin-id", "Quản trị", null, null, new HashSet<string> { PortalRoles.Administrator }) { SecurityStamp = TestAccounts.Stamp };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _app = await TestApp.CreateAsync();
        await TestAccounts.AddAsync(_app.Get<IDbContextFactory<PortalDbContext>>(), "admin-id");
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private Task<PortalDbContext> Db() => _app.Get<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(Ct);

    /// <summary>A workbook with the template's headings and these rows.</summary>
    private static MemoryStream Sheet(ImportKind kind, params string[][] rows)
    {
        using var book = new XLWorkbook();
        var sheet = book.AddWorksheet("Dữ liệu");
        var headers = ImportService.HeadersOf(kind);
        for (var c = 0; c < headers.Count; c++) sheet.Cell(1, c + 1).Value = headers[c];
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < rows[r].Length; c++) sheet.Cell(r + 2, c + 1).Value = rows[r][c];
        var stream = new MemoryStream();
        book.SaveAs(stream);
        stream.Position = 0;
        return stream;
    }

    [Fact]
    public async Task The_templates_example_row_reads_back_as_a_valid_preview()
    {
        var imports = _app.Get<ImportService>();
        var preview = await imports.PreviewAsync(Admin, ImportKind.Units, new MemoryStream(imports.Template(Admin, ImportKind.Units)), Ct);
        Assert.True(preview.IsValid, string.Join("; ", preview.Errors));
        Assert.Equal(["UBND", "UBND tỉnh Mẫu", "UBND tỉnh", "", "Không"], preview.Rows.Single());
        var unitLeader = new Actor("u", "Lãnh đạo", 1, 1, new HashSet<string> { PortalRoles.UnitLeader }).Signed();
        Assert.Throws<Portal.Domain.Security.ForbiddenException>(() => imports.Template(unitLeader, ImportKind.People));
    }

    [Fact]
    public async Task A_unit_tree_is_imported_with_its_parents_in_any_order_and_every_unit_audited()
    {
        var imports = _app.Get<ImportService>();
        string[][] rows =
        [
            ["STC-NS", "Phòng Ngân sách", "Phòng, ban trực thuộc", "STC", ""],
            ["UBND-M", "UBND tỉnh Miền Núi", "UBND tỉnh", "", ""],
            ["STC", "Sở Tài chính", "Sở, ban, ngành", "UBND-M", "Không"],
            ["XA-1", "UBND xã Đồi Cao", "UBND cấp xã", "UBND-M", "Có"],
        ];
        var preview = await imports.PreviewAsync(Admin, ImportKind.Units, Sheet(ImportKind.Units, rows), Ct);
        Assert.True(preview.IsValid, string.Join("; ", preview.Errors));

        var result = await imports.ImportAsync(Admin, ImportKind.Units, Sheet(ImportKind.Units, rows), Ct);

        Assert.Equal(4, result.Created);
        await using var db = await Db();
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, Ct);
        Assert.Null(units["UBND-M"].ParentId);
        Assert.Equal(units["UBND-M"].Id, units["STC"].ParentId);
        Assert.Equal(units["STC"].Id, units["STC-NS"].ParentId);
        Assert.Equal((UnitKind.Commune, true), (units["XA-1"].Kind, units["XA-1"].IsRemote));
        Assert.Equal(4, await db.AuditTrail.CountAsync(a => a.Entity == nameof(Unit) && a.Action == "Create", Ct));
    }

    [Fact]
    public async Task A_file_with_errors_names_each_row_and_column_and_nothing_of_it_is_written()
    {
        var imports = _app.Get<ImportService>();
        await using (var db = await Db())
        {
            db.Units.Add(new Unit("UBND tỉnh Có Sẵn", "CS", UnitKind.ProvincialCommittee, null));
            await db.SaveChangesAsync(Ct);
        }
        var file = Sheet(ImportKind.Units,
            ["SYT", "Sở Y tế", "Sở, ban, ngành", "CS", ""],
            ["CS", "Trùng mã", "Sở, ban, ngành", "CS", ""],
            ["SGD", "Sở Giáo dục", "Sở giáo dục", "CS", ""],
            ["P1", "Phòng Một", "Phòng, ban trực thuộc", "KHONGCO", ""],
            ["A", "Vòng A", "Phòng, ban trực thuộc", "B", ""],
            ["B", "Vòng B", "Phòng, ban trực thuộc", "A", ""],
            ["SYT", "Sở Y tế lặp", "Sở, ban, ngành", "", "Có lẽ"]);

        var preview = await imports.PreviewAsync(Admin, ImportKind.Units, file, Ct);

        Assert.False(preview.IsValid);
        Assert.Contains(preview.Errors, e => e is { Row: 3, Column: "Mã đơn vị" } && e.Message.Contains("đã có đơn vị dùng"));
        Assert.Contains(preview.Errors, e => e is { Row: 4, Column: "Loại đơn vị" } && e.Message.Contains("không phải loại đơn vị"));
        Assert.Contains(preview.Errors, e => e is { Row: 5, Column: "Mã đơn vị cấp trên" } && e.Message.Contains("KHONGCO"));
        Assert.Contains(preview.Errors, e => e.Column == "Mã đơn vị cấp trên" && e.Message.Contains("vòng lặp"));
        Assert.Contains(preview.Errors, e => e is { Row: 8, Column: "Mã đơn vị" } && e.Message.Contains("trùng với dòng 2"));
        Assert.Contains(preview.Errors, e => e is { Row: 8, Column: "Mã đơn vị cấp trên" } && e.Message.Contains("Chỉ UBND tỉnh"));
        Assert.Contains(preview.Errors, e => e is { Row: 8, Column: "Vùng sâu, vùng xa" });
        file.Position = 0;
        var refused = await Assert.ThrowsAsync<DomainException>(() => imports.ImportAsync(Admin, ImportKind.Units, file, Ct));
        Assert.Contains("chưa nhập dòng nào", refused.Message);
        await using var check = await Db();
        Assert.Equal(1, await check.Units.CountAsync(Ct));

        var notExcel = await Assert.ThrowsAsync<DomainException>(() => imports.PreviewAsync(Admin, ImportKind.Units, new MemoryStream("không phải Excel"u8.ToArray()), Ct));
        Assert.Contains(".xlsx", notExcel.Message);
    }

    [Fact]
    public async Task People_are_imported_into_their_units_with_the_accounts_asked_for_and_one_time_passwords()
    {
        var imports = _app.Get<ImportService>();
        await using (var db = await Db())
        {
            var province = new Unit("UBND tỉnh Nhập", "UBND-N", UnitKind.ProvincialCommittee, null);
            db.Units.AddRange(province, new Unit("Sở Tài chính", "STC-N", UnitKind.Department, province));
            await db.SaveChangesAsync(Ct);
        }
        var bad = Sheet(ImportKind.People,
            ["Nguyễn Văn An", "KHONGCO", "Chuyên viên", "", "", "", "", ""],
            ["Trần Thị Bình", "STC-N", "Chuyên viên", "binh@", "", "", "binh", "Thủ kho"],
            ["Lê Văn Cường", "STC-N", "Chuyên viên", "", "", "", "", "Chuyên viên đơn vị"]);
        var preview = await imports.PreviewAsync(Admin, ImportKind.People, bad, Ct);
        Assert.Contains(preview.Errors, e => e is { Row: 2, Column: "Mã đơn vị" });
        Assert.Contains(preview.Errors, e => e is { Row: 3, Column: "Thư điện tử" });
        Assert.Contains(preview.Errors, e => e is { Row: 3, Column: "Vai trò" } && e.Message.Contains("Thủ kho"));
        Assert.Contains(preview.Errors, e => e is { Row: 4, Column: "Tên đăng nhập" });

        var good = Sheet(ImportKind.People,
            ["Nguyễn Văn An", "STC-N", "Giám đốc", "an@tinh.gov.vn", "0905 123 456", "CC-01", "annv", "Lãnh đạo đơn vị"],
            ["Trần Thị Bình", "stc-n", "Chuyên viên", "", "", "", "", ""]);
        var result = await imports.ImportAsync(Admin, ImportKind.People, good, Ct);

        Assert.Equal(2, result.Created);
        var account = Assert.Single(result.Accounts);
        Assert.Equal(("annv", "Nguyễn Văn An", "Sở Tài chính"), (account.UserName, account.FullName, account.Unit));
        Assert.Equal(16, account.Password.Length);
        await using var check = await Db();
        var an = await check.People.SingleAsync(p => p.FullName == "Nguyễn Văn An", Ct);
        Assert.Equal(("an@tinh.gov.vn", "CC-01"), (an.Email, an.CivilServantCode));
        var user = await check.Users.SingleAsync(u => u.UserName == "annv", Ct);
        Assert.True(user.MustChangePassword);
        Assert.Equal(an.Id, user.PersonId);
        var role = await check.UserRoles.Where(r => r.UserId == user.Id).Join(check.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name).SingleAsync(Ct);
        Assert.Equal(PortalRoles.UnitLeader, role);
        var users = _app.Get<Microsoft.AspNetCore.Identity.UserManager<PortalUser>>();
        Assert.True(await users.CheckPasswordAsync(await users.FindByNameAsync("annv") ?? throw new InvalidOperationException(), account.Password));
        // The administrator's workbook holds the account and its password.
        using var book = new XLWorkbook(new MemoryStream(ImportService.AccountsWorkbook(result.Accounts)));
        Assert.Equal(account.Password, book.Worksheet(1).Cell(2, 4).GetString());
    }
}
