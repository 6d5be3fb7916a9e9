using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Tasks;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Security;

namespace Portal.App.Features.Notifications;

/// <summary>The urging letter of Huế 71/2016 Phụ lục II: to a unit, its unfinished tasks of one document or of all.</summary>
public sealed class UrgingLetterService(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock)
{
    public static bool MayWrite(Actor actor) =>
        actor.May(PortalAction.PrintUrgingLetter);

    public async Task<UrgingLetter> BuildAsync(Actor actor, int unitId, int? documentId, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.PrintUrgingLetter);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, ct)
                   ?? throw new DomainException("Không tìm thấy đơn vị.");
        var now = clock.GetUtcNow();
        var tasks = await db.CaseTasks.AsNoTracking()
            .Where(t => t.Kind == CaseKind.Directive && t.LeadUnitId == unitId && t.ParentTaskId == null && (documentId == null || t.DocumentId == documentId))
            .Select(t => new
            {
                t.Id,
                t.DocumentId,
                t.Document!.Number,
                t.Document.Symbol,
                t.Document.Summary,
                t.Document.IssueDate,
                t.Content,
                t.State,
                t.EffectiveDeadline,
                t.Started,
                t.LastSubmittedAt,
                t.LastDecision,
                Notices = db.UrgingNotices.Count(n => n.TaskId == t.Id && n.Deadline == t.EffectiveDeadline),
            })
            .ToListAsync(ct);
        var documents = tasks.GroupBy(t => t.DocumentId)
            .Select(g => new UrgingLetterDocument(g.Key!.Value, g.First().Number is null ? "" : $"{g.First().Number}/{g.First().Symbol}", g.First().Summary,
                g.First().IssueDate, g.Count(),
                [.. g.Where(t => CaseStates.IsWithUnit(t.State)).OrderBy(t => t.EffectiveDeadline ?? DateOnly.MaxValue)
                    .Select(t => new UrgingLetterTask(t.Id, t.Content, t.EffectiveDeadline,
                        TaskStatusRules.Classify(t.EffectiveDeadline, t.Started, t.LastSubmittedAt, t.LastDecision, now).Label, t.Notices))]))
            .Where(d => d.Unfinished.Count > 0)
            .OrderBy(d => d.IssueDate).ThenBy(d => d.Id)
            .ToList();
        return new UrgingLetter(unit.Name, VietnamTime.DateOf(now), documents);
    }

    /// <summary>Documents that still have unfinished tasks for the unit, to choose from.</summary>
    public async Task<IReadOnlyList<UnitOption>> DocumentsWithUnfinishedAsync(int unitId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.CaseTasks.AsNoTracking()
            .Where(t => t.Kind == CaseKind.Directive && t.LeadUnitId == unitId && t.ParentTaskId == null && CaseStates.WithUnit.Contains(t.State))
            .Select(t => new { t.DocumentId, t.Document!.Number, t.Document.Symbol, t.Document.IssueDate })
            .Distinct().ToListAsync(ct);
        return [.. rows.OrderByDescending(r => r.IssueDate)
            .Select(r => new UnitOption(r.DocumentId!.Value, $"{r.Number}/{r.Symbol} ngày {VietnameseDates.Format(r.IssueDate)}"))];
    }
}
