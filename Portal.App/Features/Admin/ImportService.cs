using ClosedXML.Excel;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.People;
using Portal.Domain.Security;
using Portal.Domain.Text;
using Portal.Domain.Units;

namespace Portal.App.Features.Admin;

/// <summary>What an import brings in: the unit tree, or people (with accounts on request).</summary>
public enum ImportKind { Units, People }

/// <summary>A cell that cannot be imported: its row in the sheet, its column's heading, and why.</summary>
public sealed record ImportError(int Row, string Column, string Message);

/// <summary>A file read and checked, nothing written: its rows (as typed) and every error found.</summary>
public sealed record ImportPreview(ImportKind Kind, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<ImportError> Errors)
{
    public bool IsValid => Rows.Count > 0 && Errors.Count == 0;
}

/// <summary>An account an import created and its one-time password (shown and exported once).</summary>
public sealed record ImportedAccount(string UserName, string FullName, string Unit, string Password);

public sealed record ImportResult(int Created, IReadOnlyList<ImportedAccount> Accounts);

/// <summary>
/// Imports from Excel (issue 17): a downloadable template per kind; a file is read and checked row by row — each error names
/// the row and the column in Vietnamese — and shown as a preview; nothing is written unless every row is valid, and then all
/// rows are written in one transaction (each row in the audit trail). Units: code, name, kind, the parent's code (a unit of
/// the tree or of the same file), remote area. People: name, unit code, position, e-mail, phone, civil-servant code, and —
/// when a user name is given — an account with its roles and a one-time password.
/// </summary>
public sealed class ImportService(IServiceScopeFactory scopes, IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock)
{
    public const long MaxFileBytes = 5 * 1024 * 1024;
    public const int MaxRows = 10_000;
    public const int MaxErrors = 500;

    private static readonly string[] UnitHeaders = ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Mã đơn vị cấp trên", "Vùng sâu, vùng xa"];
    private static readonly string[] PeopleHeaders = ["Họ và tên", "Mã đơn vị", "Chức vụ", "Thư điện tử", "Điện thoại", "Mã số công chức", "Tên đăng nhập", "Vai trò"];

    public static IReadOnlyList<string> HeadersOf(ImportKind kind) => kind == ImportKind.Units ? UnitHeaders : PeopleHeaders;

    public static string TemplateName(ImportKind kind) => kind == ImportKind.Units ? "Mau_nhap_don_vi.xlsx" : "Mau_nhap_can_bo.xlsx";

    public static PortalAction ActionFor(ImportKind kind) => kind == ImportKind.Units ? PortalAction.ManageUnits : PortalAction.ManagePeople;

    private static string KindLabel(UnitKind kind) => UnitKinds.Label(kind);

    /// <summary>The template: the headings on "Dữ liệu", an example row, and what each column takes on "Hướng dẫn".</summary>
    public byte[] Template(Actor actor, ImportKind kind)
    {
        actor.Demand(ActionFor(kind));
        string[] example = kind == ImportKind.Units
            ? ["UBND", "UBND tỉnh Mẫu", "UBND tỉnh", "", "Không"]
            : ["Nguyễn Văn An", "STC", "Chuyên viên", "an.nv@tinh.gov.vn", "0905123456", "", "annv", "Chuyên viên đơn vị"];
        string[][] lines = kind == ImportKind.Units
            ?
            [
                ["Mã đơn vị", $"Bắt buộc, tối đa {Unit.CodeMaxLength} ký tự, không trùng với đơn vị đã có hoặc dòng khác."],
                ["Tên đơn vị", $"Bắt buộc, tối đa {Unit.NameMaxLength} ký tự."],
                ["Loại đơn vị", "Bắt buộc, một trong: " + string.Join("; ", Enum.GetValues<UnitKind>().Select(KindLabel)) + "."],
                ["Mã đơn vị cấp trên", "Mã của đơn vị đã có hoặc của một dòng trong tệp; để trống với UBND tỉnh (gốc của cây)."],
                ["Vùng sâu, vùng xa", "Có hoặc Không (để trống là Không)."],
            ]
            :
            [
                ["Họ và tên", $"Bắt buộc, tối đa {Person.NameMaxLength} ký tự."],
                ["Mã đơn vị", "Bắt buộc: mã của một đơn vị đang hoạt động."],
                ["Chức vụ", $"Bắt buộc, tối đa {Person.PositionMaxLength} ký tự."],
                ["Thư điện tử", "Không bắt buộc; phải là địa chỉ hợp lệ."],
                ["Điện thoại", "Không bắt buộc; chỉ gồm chữ số, khoảng trắng, + . -"],
                ["Mã số công chức", $"Không bắt buộc, tối đa {Person.CodeMaxLength} ký tự."],
                ["Tên đăng nhập", "Để trống nếu chưa cấp tài khoản; nếu có: 3–100 ký tự chữ không dấu, số, . _ - ; không trùng."],
                ["Vai trò", "Bắt buộc khi có tên đăng nhập; một hoặc nhiều (cách nhau bởi dấu phẩy): " + string.Join("; ", PortalRoles.All.Select(PortalRoles.Label)) + "."],
            ];
        return Workbook(HeadersOf(kind), example, lines);
    }

    /// <summary>Reads and checks the file; writes nothing.</summary>
    public async Task<ImportPreview> PreviewAsync(Actor actor, ImportKind kind, Stream content, CancellationToken ct = default)
    {
        actor.Demand(ActionFor(kind));
        var sheet = Read(kind, content);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var errors = kind == ImportKind.Units ? (await CheckUnitsAsync(db, sheet, ct)).Errors : (await CheckPeopleAsync(db, sheet, ct)).Errors;
        errors.AddRange(sheet.Errors);
        return new ImportPreview(kind, HeadersOf(kind), sheet.Rows.Select(r => (IReadOnlyList<string>)r.Cells).ToList(),
                                 [.. errors.OrderBy(e => e.Row).ThenBy(e => HeadersOf(kind).ToList().IndexOf(e.Column)).Take(MaxErrors)]);
    }

    /// <summary>Checks the file again and, when every row is valid, writes them all in one transaction.</summary>
    public async Task<ImportResult> ImportAsync(Actor actor, ImportKind kind, Stream content, CancellationToken ct = default)
    {
        actor.Demand(ActionFor(kind));
        var sheet = Read(kind, content);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await db.DemandActiveAccountAsync(actor, clock.GetUtcNow(), ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        ImportResult result;
        if (kind == ImportKind.Units)
        {
            var (errors, units) = await CheckUnitsAsync(db, sheet, ct);
            Refuse(sheet, errors);
            db.Units.AddRange(units);
            await db.SaveChangesAsync(ct);
            result = new ImportResult(units.Count, []);
        }
        else
        {
            var (errors, people) = await CheckPeopleAsync(db, sheet, ct);
            Refuse(sheet, errors);
            if (people.Any(p => p.UserName is not null)) actor.Demand(PortalAction.ManageAccounts);
            db.People.AddRange(people.Select(p => p.Person));
            await db.SaveChangesAsync(ct);
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var accounts = new List<ImportedAccount>();
            foreach (var row in people.Where(p => p.UserName is not null))
            {
                var password = AccountAdminService.TemporaryPassword();
                var user = new PortalUser
                {
                    UserName = row.UserName,
                    DisplayName = row.Person.FullName,
                    PersonId = row.Person.Id,
                    UnitId = row.Person.UnitId,
                    Email = row.Person.Email,
                    MustChangePassword = true,
                };
                Check(await users.CreateAsync(user, password), row.Row);
                Check(await users.AddToRolesAsync(user, row.Roles), row.Row);
                accounts.Add(new ImportedAccount(row.UserName!, row.Person.FullName, row.UnitName, password));
            }
            result = new ImportResult(people.Count, accounts);
        }
        await transaction.CommitAsync(ct);
        return result;
    }

    /// <summary>The accounts and one-time passwords of an import, as a workbook for the administrator to hand out.</summary>
    public static byte[] AccountsWorkbook(IReadOnlyList<ImportedAccount> accounts)
    {
        using var book = new XLWorkbook();
        var sheet = book.AddWorksheet("Tài khoản");
        string[] headers = ["Tên đăng nhập", "Họ và tên", "Đơn vị", "Mật khẩu dùng một lần (phải đổi khi đăng nhập lần đầu)"];
        for (var c = 0; c < headers.Length; c++) sheet.Cell(1, c + 1).Value = headers[c];
        sheet.Row(1).Style.Font.Bold = true;
        for (var r = 0; r < accounts.Count; r++)
        {
            sheet.Cell(r + 2, 1).Value = accounts[r].UserName;
            sheet.Cell(r + 2, 2).Value = accounts[r].FullName;
            sheet.Cell(r + 2, 3).Value = accounts[r].Unit;
            sheet.Cell(r + 2, 4).Value = accounts[r].Password;
        }
        foreach (var (column, width) in new[] { (1, 20), (2, 30), (3, 36), (4, 30) }) sheet.Column(column).Width = width;
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Refuse(Sheet sheet, List<ImportError> errors)
    {
        errors.AddRange(sheet.Errors);
        if (errors.Count > 0 || sheet.Rows.Count == 0)
            throw new DomainException(sheet.Rows.Count == 0 ? "Tệp không có dòng dữ liệu nào." :
                $"Tệp có {errors.Count} lỗi; chưa nhập dòng nào. Lỗi đầu tiên: dòng {errors.Min(e => e.Row)}, " +
                $"{errors.OrderBy(e => e.Row).First().Column}: {errors.OrderBy(e => e.Row).First().Message}");
    }

    private static void Check(IdentityResult result, int row)
    {
        if (!result.Succeeded) throw new DomainException($"Dòng {row}: " + string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    internal sealed record SheetRow(int Row, string[] Cells);

    internal sealed record Sheet(List<SheetRow> Rows, List<ImportError> Errors);

    private static Sheet Read(ImportKind kind, Stream content) => Read(HeadersOf(kind), content);

    /// <summary>The first sheet's rows under the template's headings (matched by name, accents and case aside); empty rows
    /// skipped; a date cell reads as dd/MM/yyyy.</summary>
    internal static Sheet Read(IReadOnlyList<string> headers, Stream content)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk)) > 0)
        {
            if (buffer.Length + read > MaxFileBytes) throw new DomainException($"Tệp nhập quá {MaxFileBytes / 1024 / 1024} MB.");
            buffer.Write(chunk, 0, read);
        }
        buffer.Position = 0;
        XLWorkbook book;
        try
        {
            book = new XLWorkbook(buffer);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new DomainException("Không đọc được tệp: hãy dùng tệp Excel (.xlsx) tải từ mẫu.");
        }
        using (book)
        {
            var sheet = book.Worksheets.First();
            var last = sheet.LastColumnUsed()?.ColumnNumber() ?? 0;
            var columns = new int[headers.Count];
            var errors = new List<ImportError>();
            for (var h = 0; h < headers.Count; h++)
            {
                var wanted = TextFolding.Fold(headers[h]);
                columns[h] = Enumerable.Range(1, last).FirstOrDefault(c => TextFolding.Fold(sheet.Cell(1, c).GetString()) == wanted);
                if (columns[h] == 0) errors.Add(new ImportError(1, headers[h], "Thiếu cột này ở dòng tiêu đề (hãy dùng tệp mẫu)."));
            }
            var rows = new List<SheetRow>();
            var lastRow = sheet.LastRowUsed()?.RowNumber() ?? 1;
            if (lastRow - 1 > MaxRows) throw new DomainException($"Tệp có quá {MaxRows:N0} dòng; hãy chia thành nhiều tệp.");
            for (var r = 2; r <= lastRow; r++)
            {
                var cells = columns.Select(c => c == 0 ? "" : Text(sheet.Cell(r, c))).ToArray();
                if (cells.All(string.IsNullOrEmpty)) continue;
                rows.Add(new SheetRow(r, cells));
            }
            return new Sheet(rows, errors);
        }
    }

    private static string Text(IXLCell cell) => cell.DataType == XLDataType.DateTime
        ? cell.GetDateTime().ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)
        : cell.GetFormattedString().Trim();

    /// <summary>A template workbook: the headings on "Dữ liệu" with an example row, and what each column takes on "Hướng dẫn".</summary>
    internal static byte[] Workbook(IReadOnlyList<string> headers, IReadOnlyList<string> example, IReadOnlyList<string[]> help)
    {
        using var book = new XLWorkbook();
        var data = book.AddWorksheet("Dữ liệu");
        for (var c = 0; c < headers.Count; c++)
        {
            data.Cell(1, c + 1).Value = headers[c];
            data.Cell(2, c + 1).Value = c < example.Count ? example[c] : "";
            // Fixed widths: ClosedXML measures text with System.Drawing, which these servers do not have.
            data.Column(c + 1).Width = 24;
        }
        data.Row(1).Style.Font.Bold = true;
        var sheet = book.AddWorksheet("Hướng dẫn");
        for (var r = 0; r < help.Count; r++)
        {
            sheet.Cell(r + 1, 1).Value = help[r][0];
            sheet.Cell(r + 1, 2).Value = help[r][1];
        }
        sheet.Column(1).Style.Font.Bold = true;
        sheet.Column(1).Width = 28;
        sheet.Column(2).Width = 110;
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    internal static string? Cell(List<ImportError> errors, SheetRow row, string column, Func<string> check)
    {
        try
        {
            return check();
        }
        catch (DomainException e)
        {
            errors.Add(new ImportError(row.Row, column, e.Message));
            return null;
        }
    }

    private static async Task<(List<ImportError> Errors, List<Unit> Units)> CheckUnitsAsync(PortalDbContext db, Sheet sheet, CancellationToken ct)
    {
        var errors = new List<ImportError>();
        var existing = await db.Units.ToDictionaryAsync(u => u.Code, StringComparer.OrdinalIgnoreCase, ct);
        var kinds = Enum.GetValues<UnitKind>().ToDictionary(k => TextFolding.Fold(KindLabel(k)), k => k);
        var parsed = new List<(SheetRow Row, string Code, string Name, UnitKind Kind, string? Parent, bool Remote)>();
        var codes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in sheet.Rows)
        {
            var code = Cell(errors, row, UnitHeaders[0], () => TextInput.Required(row.Cells[0], Unit.CodeMaxLength, "Mã đơn vị"));
            var name = Cell(errors, row, UnitHeaders[1], () => TextInput.Required(row.Cells[1], Unit.NameMaxLength, "Tên đơn vị"));
            UnitKind? kind = kinds.TryGetValue(TextFolding.Fold(row.Cells[2]), out var k) ? k : null;
            if (kind is null) errors.Add(new ImportError(row.Row, UnitHeaders[2], string.IsNullOrEmpty(row.Cells[2]) ? "Loại đơn vị không được để trống." :
                $"\"{row.Cells[2]}\" không phải loại đơn vị; hãy chọn một trong: {string.Join("; ", Enum.GetValues<UnitKind>().Select(KindLabel))}."));
            var remote = TextFolding.Fold(row.Cells[4]) switch
            {
                "" or "khong" => (bool?)false,
                "co" => true,
                _ => null,
            };
            if (remote is null) errors.Add(new ImportError(row.Row, UnitHeaders[4], "Chỉ ghi Có hoặc Không."));
            if (code is not null)
            {
                if (existing.ContainsKey(code)) errors.Add(new ImportError(row.Row, UnitHeaders[0], $"Mã \"{code}\" đã có đơn vị dùng."));
                else if (codes.TryGetValue(code, out var first)) errors.Add(new ImportError(row.Row, UnitHeaders[0], $"Mã \"{code}\" trùng với dòng {first}."));
                else codes[code] = row.Row;
            }
            var parent = string.IsNullOrEmpty(row.Cells[3]) ? null : row.Cells[3];
            if (parent is null && kind is not null and not UnitKind.ProvincialCommittee)
                errors.Add(new ImportError(row.Row, UnitHeaders[3], "Chỉ UBND tỉnh là gốc của cây; đơn vị này cần mã đơn vị cấp trên."));
            if (code is not null && name is not null && kind is { } unitKind && remote is { } r) parsed.Add((row, code, name, unitKind, parent, r));
        }
        // Parents: a unit of the tree (active) or a row of the file; rows are created parents first, and a loop is an error.
        var byCode = parsed.ToDictionary(p => p.Code, StringComparer.OrdinalIgnoreCase);
        var created = new Dictionary<string, Unit>(StringComparer.OrdinalIgnoreCase);
        var units = new List<Unit>();
        Unit? Resolve((SheetRow Row, string Code, string Name, UnitKind Kind, string? Parent, bool Remote) p, HashSet<string> path)
        {
            if (created.TryGetValue(p.Code, out var done)) return done;
            Unit? parent = null;
            if (p.Parent is { } parentCode)
            {
                if (existing.TryGetValue(parentCode, out var old))
                {
                    if (!old.IsActive) { errors.Add(new ImportError(p.Row.Row, UnitHeaders[3], $"Đơn vị cấp trên \"{parentCode}\" đã ngừng hoạt động.")); return null; }
                    parent = old;
                }
                else if (byCode.TryGetValue(parentCode, out var inFile))
                {
                    if (!path.Add(p.Code)) { errors.Add(new ImportError(p.Row.Row, UnitHeaders[3], "Đơn vị cấp trên tạo thành vòng lặp.")); return null; }
                    parent = Resolve(inFile, path);
                    if (parent is null) return null;
                }
                else
                {
                    if (!codes.ContainsKey(parentCode)) errors.Add(new ImportError(p.Row.Row, UnitHeaders[3], $"Không có đơn vị mã \"{parentCode}\" (trong cây hay trong tệp)."));
                    return null;
                }
            }
            var unit = new Unit(p.Name, p.Code, p.Kind, parent);
            unit.SetRemote(p.Remote);
            created[p.Code] = unit;
            units.Add(unit);
            return unit;
        }
        foreach (var p in parsed) Resolve(p, new HashSet<string>(StringComparer.OrdinalIgnoreCase));
        return (errors, units);
    }

    private sealed record PersonRow(int Row, Person Person, string UnitName, string? UserName, string[] Roles);

    private static async Task<(List<ImportError> Errors, List<PersonRow> People)> CheckPeopleAsync(PortalDbContext db, Sheet sheet, CancellationToken ct)
    {
        var errors = new List<ImportError>();
        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Code, u.Name, u.Status }).ToListAsync(ct);
        var unitsByCode = units.ToDictionary(u => u.Code, StringComparer.OrdinalIgnoreCase);
        var wantedNames = sheet.Rows.Select(r => r.Cells[6]).Where(n => n.Length > 0).Select(n => n.ToUpperInvariant()).Distinct().ToList();
        var taken = (await db.Users.AsNoTracking().Where(u => wantedNames.Contains(u.NormalizedUserName!)).Select(u => u.NormalizedUserName!).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        var roles = PortalRoles.All.ToDictionary(r => TextFolding.Fold(PortalRoles.Label(r)), r => r);
        var userNames = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var people = new List<PersonRow>();
        foreach (var row in sheet.Rows)
        {
            var name = Cell(errors, row, PeopleHeaders[0], () => TextInput.Required(row.Cells[0], Person.NameMaxLength, "Họ và tên"));
            var unit = string.IsNullOrEmpty(row.Cells[1]) ? null : unitsByCode.GetValueOrDefault(row.Cells[1]);
            if (unit is null) errors.Add(new ImportError(row.Row, PeopleHeaders[1], string.IsNullOrEmpty(row.Cells[1]) ? "Mã đơn vị không được để trống." : $"Không có đơn vị mã \"{row.Cells[1]}\"."));
            else if (unit.Status != UnitStatus.Active) errors.Add(new ImportError(row.Row, PeopleHeaders[1], $"{unit.Name} đã ngừng hoạt động."));
            var position = Cell(errors, row, PeopleHeaders[2], () => TextInput.Required(row.Cells[2], Person.PositionMaxLength, "Chức vụ"));
            var email = Cell(errors, row, PeopleHeaders[3], () =>
            {
                var value = TextInput.Optional(row.Cells[3], Person.EmailMaxLength, "Thư điện tử");
                if (value is not null && (!System.Net.Mail.MailAddress.TryCreate(value, out var address) || address.Address != value))
                    throw new DomainException($"\"{value}\" không phải địa chỉ thư điện tử hợp lệ.");
                return value ?? "";
            });
            var phone = Cell(errors, row, PeopleHeaders[4], () =>
            {
                var value = TextInput.Optional(row.Cells[4], Person.PhoneMaxLength, "Điện thoại");
                if (value is not null && !value.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '.' or '-')) throw new DomainException("Số điện thoại chỉ gồm chữ số.");
                return value ?? "";
            });
            var code = Cell(errors, row, PeopleHeaders[5], () => TextInput.Optional(row.Cells[5], Person.CodeMaxLength, "Mã số công chức") ?? "");
            string? userName = row.Cells[6].Length == 0 ? null : row.Cells[6];
            var granted = row.Cells[7].Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var accountRoles = new List<string>();
            if (userName is not null)
            {
                var valid = Cell(errors, row, PeopleHeaders[6], () => { AccountAdminService.CheckUserName(userName); return userName; });
                if (valid is not null && taken.Contains(userName.ToUpperInvariant())) errors.Add(new ImportError(row.Row, PeopleHeaders[6], $"Tên đăng nhập \"{userName}\" đã có người dùng."));
                else if (valid is not null && userNames.TryGetValue(userName, out var first)) errors.Add(new ImportError(row.Row, PeopleHeaders[6], $"Tên đăng nhập \"{userName}\" trùng với dòng {first}."));
                else if (valid is not null) userNames[userName] = row.Row;
                if (granted.Length == 0) errors.Add(new ImportError(row.Row, PeopleHeaders[7], "Có tên đăng nhập thì phải ghi vai trò của tài khoản."));
                foreach (var label in granted)
                {
                    if (roles.TryGetValue(TextFolding.Fold(label), out var role)) accountRoles.Add(role);
                    else errors.Add(new ImportError(row.Row, PeopleHeaders[7], $"\"{label}\" không phải vai trò; hãy chọn trong: {string.Join("; ", PortalRoles.All.Select(PortalRoles.Label))}."));
                }
            }
            else if (granted.Length > 0) errors.Add(new ImportError(row.Row, PeopleHeaders[6], "Có vai trò thì phải ghi tên đăng nhập của tài khoản."));
            if (name is null || unit is null || unit.Status != UnitStatus.Active || position is null || email is null || phone is null || code is null) continue;
            var person = new Person(name, unit.Id, position)
            {
                Email = email.Length == 0 ? null : email,
                Phone = phone.Length == 0 ? null : phone,
                CivilServantCode = code.Length == 0 ? null : code,
            };
            people.Add(new PersonRow(row.Row, person, unit.Name, userName, [.. accountRoles.Distinct()]));
        }
        return (errors, people);
    }
}
