using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Directives;
using Portal.Domain.Security;
using Portal.Domain.Text;

namespace Portal.App.Features.Directives;

public sealed record DocumentRow(int Id, int Version, DocumentType Type, string NumberAndSymbol, DateOnly IssueDate, string Summary,
                                 DateTimeOffset? RegisteredAt, bool? EnteredOnTime, int Tasks, DateTimeOffset? WithdrawnAt);

public sealed record DocumentRows(IReadOnlyList<DocumentRow> Rows, int Total);

public sealed record DocumentRevisionRow(DateTimeOffset At, string Actor, string Action, string Change);

public sealed record DocumentDetail(DocumentRow Document, string? Number, string? Symbol, string Issuer, string? SignerName, string? WithdrawnReason,
                                    IReadOnlyList<DocumentRevisionRow> Revisions, bool Withdrawable);

/// <summary>
/// The register of directive documents (DOMAIN_FACTS §2.2): listed and searched, opened with their tasks and changes,
/// corrected by the Office with history (the tasks take the new number), or withdrawn when entered by mistake — only while
/// no unit has taken up any of its tasks, which are removed with their notices.
/// </summary>
public sealed class DocumentService(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock, CalendarCache calendars, RuleProfiles profiles)
{
    public const int MaxPageSize = 100;

    public async Task<DocumentRows> ListAsync(Actor actor, string? text, int page, int pageSize, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.OpenDocuments);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        page = Math.Max(page, 0);
        var folded = TextFolding.Fold(TextInput.Optional(text, 200, "Từ khóa"));
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.DirectiveDocuments.AsNoTracking().Where(d => folded.Length == 0 || d.SearchText.Contains(folded));
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(d => d.IssueDate).ThenByDescending(d => d.Id).Skip(page * pageSize).Take(pageSize)
            .Select(d => new DocumentRow(d.Id, EF.Property<int>(d, PortalDbContext.VersionProperty), d.Type,
                d.Number == null ? "" : d.Number + "/" + d.Symbol, d.IssueDate, d.Summary, d.RegisteredAt, d.EnteredOnTime,
                db.CaseTasks.Count(t => t.DocumentId == d.Id), d.WithdrawnAt))
            .ToListAsync(ct);
        return new DocumentRows(rows, total);
    }

    public async Task<DocumentDetail?> GetAsync(Actor actor, int id, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.OpenDocuments);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Tracked (and thrown away with the context) so its version comes with it.
        var document = await db.DirectiveDocuments.Include(d => d.Revisions).SingleOrDefaultAsync(d => d.Id == id, ct);
        if (document is null) return null;
        var version = db.VersionOf(document);
        var tasks = await db.CaseTasks.AsNoTracking().Where(t => t.DocumentId == id).ToListAsync(ct);
        var issuer = await db.Units.Where(u => u.Id == document.IssuerUnitId).Select(u => u.Name).SingleAsync(ct);
        var actors = document.Revisions.Select(r => r.ActorId).Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => actors.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
        return new DocumentDetail(
            new DocumentRow(document.Id, version, document.Type, document.NumberAndSymbol, document.IssueDate, document.Summary, document.RegisteredAt,
                            document.EnteredOnTime, tasks.Count, document.WithdrawnAt),
            document.Number, document.Symbol, issuer, document.SignerName, document.WithdrawnReason,
            [.. document.Revisions.OrderByDescending(r => r.At).Select(r => new DocumentRevisionRow(r.At, names.GetValueOrDefault(r.ActorId, ""), r.Action, r.Change))],
            document.WithdrawnAt is null && tasks.All(t => t.IsUntouched));
    }

    /// <summary>Corrects the document's identity; a number already used by the issuer that year is refused; the tasks take the new reference.</summary>
    public async Task CorrectAsync(Actor actor, int id, int version, DocumentType type, string? number, string? symbol, string summary, DateOnly issueDate,
                                   CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (person, document) = await ForChangeAsync(db, actor, id, version, now, ct);
        var duplicates = await DocumentRegistrationService.DuplicatesAsync(db, number, symbol, document.IssuerUnitId, issueDate, ct);
        if (duplicates.Any(d => d.Id != id))
            throw new DomainException($"Số, ký hiệu {number}/{symbol} đã được dùng cho văn bản khác của cơ quan ban hành trong năm {issueDate.Year}.");
        if (!document.Correct(person, now, type, number, symbol, summary, issueDate, VietnamTime.DateOf(now))) return;
        var tasks = await db.CaseTasks.Where(t => t.DocumentId == id).ToListAsync(ct);
        foreach (var task in tasks) task.RenameSource(document.NumberAndSymbol);
        var rules = await profiles.ForUnitAsync(document.IssuerUnitId, ct);
        document.Restamp(rules.EntryDeadline(document.IssuedAt, document.Urgency, Math.Max(tasks.Count, 1),
                                             await calendars.ForUnitAsync(document.IssuerUnitId, ct)));
        await SaveAsync(db, ct);
    }

    /// <summary>Withdraws a document entered by mistake, while none of its tasks has been taken up; its tasks and their notices go with it.</summary>
    public async Task WithdrawAsync(Actor actor, int id, int version, string reason, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (person, document) = await ForChangeAsync(db, actor, id, version, now, ct);
        var tasks = await db.CaseTasks.Where(t => t.DocumentId == id).ToListAsync(ct);
        if (tasks.Any(t => !t.IsUntouched))
            throw new DomainException("Đã có đơn vị tiếp nhận hoặc xử lý nhiệm vụ của văn bản này nên không thể thu hồi; hãy điều chỉnh từng nhiệm vụ.");
        document.Withdraw(person, now, reason);
        var ids = tasks.Select(t => t.Id).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Notifications.RemoveRange(await db.Notifications.Where(n => n.TaskId != null && ids.Contains(n.TaskId.Value)).ToListAsync(ct));
        db.UrgingNotices.RemoveRange(await db.UrgingNotices.Where(n => ids.Contains(n.TaskId)).ToListAsync(ct));
        db.CaseTasks.RemoveRange(tasks);
        await SaveAsync(db, ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>The Office's change of a document: demanded, by a person's active account, on the version the user saw.</summary>
    private static async Task<(int Person, DirectiveDocument Document)> ForChangeAsync(PortalDbContext db, Actor actor, int id, int version, DateTimeOffset now,
                                                                                       CancellationToken ct)
    {
        actor.Demand(PortalAction.ManageDocuments);
        if (actor.PersonId is not { } person) throw new ForbiddenException(Tasks.TaskWorkflowService.NoPersonMessage);
        await db.DemandActiveAccountAsync(actor, now, ct);
        var document = await db.DirectiveDocuments.Include(d => d.Revisions).SingleOrDefaultAsync(d => d.Id == id, ct)
                       ?? throw new DomainException("Không tìm thấy văn bản.");
        db.ExpectVersion(document, version);
        return (person, document);
    }

    private static async Task SaveAsync(PortalDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException("Văn bản vừa được người khác thay đổi; hãy tải lại trang và thực hiện lại.");
        }
    }
}
