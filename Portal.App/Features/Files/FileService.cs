using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Tasks;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain.Files;
using Portal.Domain.Security;

namespace Portal.App.Features.Files;

/// <summary>Uploads and downloads of attachments; a file is served only to people who may see what it is attached to.</summary>
public sealed class FileService(IDbContextFactory<PortalDbContext> dbFactory, FileStore store, TaskQueryService tasks, UnitTreeCache tree)
{
    public async Task<StoredFile> UploadAsync(Stream content, string fileName, int? uploaderId, CancellationToken ct = default)
    {
        var file = await store.SaveAsync(content, fileName, uploaderId, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.Files.Add(file);
        await db.SaveChangesAsync(ct);
        return file;
    }

    public async Task<(StoredFile File, Stream Content)?> OpenAsync(Actor actor, Guid id, CancellationToken ct = default)
    {
        if (!actor.May(PortalAction.DownloadFile) && !actor.May(PortalAction.LookUpComplaints)) actor.Demand(PortalAction.DownloadFile);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var file = await db.Files.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, ct);
        if (file is null) return null;
        if (!actor.May(PortalAction.DownloadFile))
        {
            // An intake clerk with no task to see reads the complaint cases' documents only.
            return await IsComplaintDocumentReadAsync(db, actor, id, ct) ? (file, store.Open(file)) : null;
        }
        var photo = Portal.App.Features.Admin.PeopleAdminService.PhotoUrl(id);
        var isPhoto = await db.People.AnyAsync(p => p.PhotoPath == photo, ct);
        if (!isPhoto && (file.UploadedById is null || file.UploadedById != actor.PersonId) && !await IsComplaintDocumentReadAsync(db, actor, id, ct))
        {
            var visible = await tasks.FilterAsync(db, actor, new TaskFilter(), ct);
            var allowed = await visible.AnyAsync(t =>
                t.Report!.AttachmentId == id
                || t.Document!.SignedFileId == id
                || t.Contributions.Any(c => c.AttachmentId == id)
                || t.ExtensionRequests.Any(r => r.DocumentId == id || r.DecisionDocumentId == id), ct);
            if (!allowed) return null;
        }
        return (file, store.Open(file));
    }

    /// <summary>A complaint case's document (in force or removed) is read by those who may look up the letters of its province.</summary>
    private async Task<bool> IsComplaintDocumentReadAsync(PortalDbContext db, Actor actor, Guid id, CancellationToken ct)
    {
        if (!actor.May(PortalAction.LookUpComplaints)) return false;
        var province = await tree.ReaderProvinceAsync(actor.UnitId, ct);
        return await db.ComplaintDocuments.AnyAsync(d => d.FileId == id && d.Letter.ProvinceId == province, ct);
    }
}
