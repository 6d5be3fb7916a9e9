using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Files;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.People;
using Portal.Domain.Security;
using Portal.Domain.Text;

namespace Portal.App.Features.Admin;

/// <summary>People as administrators keep them (SPEC §1): the profile fields and a photo.</summary>
public sealed class PeopleAdminService(IDbContextFactory<PortalDbContext> dbFactory, FileService files, TimeProvider clock)
{
    public async Task<PersonAdminPage> ListAsync(Actor actor, string? text, int? unitId, int page, int pageSize, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.ManagePeople);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var people = db.People.AsNoTracking();
        var folded = TextFolding.Fold(text);
        if (folded.Length > 0) people = people.Where(p => p.SearchText.Contains(folded));
        if (unitId is { } unit) people = people.Where(p => p.UnitId == unit);
        var total = await people.CountAsync(ct);
        var rows = await (from p in people
                          join u in db.Units on p.UnitId equals u.Id
                          orderby p.SearchText, p.Id
                          select new PersonAdminRow(p.Id, EF.Property<int>(p, PortalDbContext.VersionProperty), p.FullName, p.Position, p.UnitId, u.Name,
                              p.BirthDate, p.Gender, p.Phone, p.Email, p.CivilServantCode, p.Duties, p.PhotoPath,
                              db.Users.Any(a => a.PersonId == p.Id)))
            .Skip(page * pageSize).Take(pageSize).ToListAsync(ct);
        return new PersonAdminPage(rows, total);
    }

    /// <summary>Creates the person (no id) or changes the profile seen at <paramref name="version"/>.</summary>
    public async Task<int> SaveAsync(Actor actor, int? id, int version, PersonForm form, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.ManagePeople);
        if (form.UnitId is not { } unitId) throw new DomainException("Hãy chọn đơn vị công tác.");
        if (string.IsNullOrWhiteSpace(form.Position)) throw new DomainException("Chức vụ không được để trống.");
        if (form.Email is { Length: > 0 } email && !System.Net.Mail.MailAddress.TryCreate(email.Trim(), out _))
            throw new DomainException("Địa chỉ thư điện tử không hợp lệ.");
        if (form.Phone is { Length: > 0 } phone && !phone.Trim().All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '.' or '-'))
            throw new DomainException("Số điện thoại chỉ gồm chữ số.");
        if (form.BirthDate is { } birth && (birth.Year < 1930 || DateOnly.FromDateTime(birth) > clock.Today()))
            throw new DomainException("Ngày sinh không hợp lệ.");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.DemandActiveAccountAsync(actor, clock.GetUtcNow(), ct);
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, ct) ?? throw new DomainException("Không tìm thấy đơn vị.");
        Person person;
        if (id is { } existing)
        {
            person = await db.People.SingleOrDefaultAsync(p => p.Id == existing, ct) ?? throw new DomainException("Không tìm thấy cán bộ.");
            db.ExpectVersion(person, version);
            if (person.UnitId != unitId && !unit.IsActive) throw new DomainException($"{unit.Name} đã ngừng hoạt động.");
            person.Update(form.FullName, unitId, form.Position);
        }
        else
        {
            if (!unit.IsActive) throw new DomainException($"{unit.Name} đã ngừng hoạt động.");
            person = new Person(form.FullName, unitId, form.Position);
            db.People.Add(person);
        }
        person.BirthDate = form.BirthDate is { } b ? DateOnly.FromDateTime(b) : null;
        person.Gender = form.Gender;
        person.Phone = TextInput.Optional(form.Phone, Person.PhoneMaxLength, "Số điện thoại");
        person.Email = TextInput.Optional(form.Email, Person.EmailMaxLength, "Thư điện tử");
        person.CivilServantCode = TextInput.Optional(form.CivilServantCode, Person.CodeMaxLength, "Mã số công chức");
        person.Duties = TextInput.Optional(form.Duties, Person.DutiesMaxLength, "Nhiệm vụ được giao");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException("Hồ sơ vừa được người khác cập nhật; hãy tải lại trang và thực hiện lại.");
        }
        return person.Id;
    }

    /// <summary>Stores an image (checked by content) as the person's photo.</summary>
    public async Task SetPhotoAsync(Actor actor, int id, Stream content, string fileName, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.ManagePeople);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.DemandActiveAccountAsync(actor, clock.GetUtcNow(), ct);
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw new DomainException("Không tìm thấy cán bộ.");
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        if (buffer.Length > MaxPhotoSize) throw new DomainException("Ảnh chân dung dung lượng tối đa 5 MB.");
        // Checked before anything is stored, so a refused file leaves nothing behind.
        if (FileStore.Sniff(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), fileName) is not ("image/png" or "image/jpeg"))
            throw new DomainException("Ảnh chân dung phải là tệp ảnh JPEG hoặc PNG.");
        buffer.Position = 0;
        var file = await files.UploadAsync(buffer, fileName, actor.PersonId, ct);
        person.PhotoPath = PhotoUrl(file.Id);
        await db.SaveChangesAsync(ct);
    }

    public const long MaxPhotoSize = 5 * 1024 * 1024;

    public static string PhotoUrl(Guid fileId) => $"/files/{fileId}";

}
