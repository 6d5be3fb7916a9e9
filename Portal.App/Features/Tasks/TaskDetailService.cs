using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain.Directives;
using Portal.Domain.Tasks;

namespace Portal.App.Features.Tasks;

public sealed record TaskHistoryRow(DateTimeOffset At, string Actor, string Action, TaskState? From, TaskState To, string? Note);

public sealed record TaskDetail(
    int Id, string Content, TaskProgress Progress, TaskState State, DateOnly? Deadline, DateOnly? OriginalDeadline, int ExtensionCount,
    bool ReportRequired, DateTimeOffset AssignedAt, string LeadUnit, IReadOnlyList<string> CoordinatingUnits, string? Assignee,
    string? TrackingSpecialist, string? TrackingLeader, string? DraftContent, DateTimeOffset? LastSubmittedAt,
    DocumentInfo Document, IReadOnlyList<TaskHistoryRow> History);

public sealed record DocumentInfo(int Id, string Type, string NumberAndSymbol, string Summary, DateOnly IssueDate, string? Signer, string Urgency);

/// <summary>Everything about one task, for the task page; only for people who may see it.</summary>
public sealed class TaskDetailService(IDbContextFactory<PortalDbContext> dbFactory, TaskQueryService queries, TimeProvider clock)
{
    public async Task<TaskDetail?> GetAsync(Actor actor, int taskId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var visible = await queries.FilterAsync(db, actor, new TaskFilter(), ct);
        if (!await visible.AnyAsync(t => t.Id == taskId, ct)) return null;

        var task = await db.DirectiveTasks
            .Include(t => t.Document)
            .Include(t => t.CoordinatingUnits)
            .Include(t => t.History)
            .AsSplitQuery()
            .SingleAsync(t => t.Id == taskId, ct);
        if (task.AssigneeId is { } assignee && assignee == actor.PersonId && task.AssigneeOpenedAt is null)
        {
            task.MarkOpenedByAssignee(clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
        }

        var unitIds = task.CoordinatingUnits.Select(c => c.UnitId).Append(task.LeadUnitId).ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var personIds = new[] { task.AssigneeId, task.TrackingSpecialistId, task.TrackingLeaderId }
            .Concat(task.History.Select(h => h.ActorId)).OfType<int>().Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
        string? Name(int? id) => id is { } i ? people.GetValueOrDefault(i) : null;

        var document = task.Document;
        return new TaskDetail(
            task.Id, task.Content, task.ProgressAt(clock.GetUtcNow()), task.State, task.EffectiveDeadline, task.Deadline, task.ExtensionCount,
            task.ReportRequired, task.AssignedAt, units[task.LeadUnitId],
            [.. task.CoordinatingUnits.Select(c => units.GetValueOrDefault(c.UnitId, ""))],
            Name(task.AssigneeId), Name(task.TrackingSpecialistId), Name(task.TrackingLeaderId), task.DraftContent, task.LastSubmittedAt,
            new DocumentInfo(document.Id, DocumentLabels.Of(document.Type), document.NumberAndSymbol, document.Summary, document.IssueDate,
                             document.SignerName is null ? null : $"{DocumentLabels.Of(document.SigningAuthority)} {document.SignerName}".Trim(),
                             DocumentLabels.Of(document.Urgency)),
            [.. task.History.OrderByDescending(h => h.At).ThenByDescending(h => h.Id)
                .Select(h => new TaskHistoryRow(h.At, Name(h.ActorId) ?? "Hệ thống", h.Action, h.FromState, h.ToState, h.Note))]);
    }

    public static string StateLabel(TaskState state) => state switch
    {
        TaskState.Assigned => "Mới giao, chờ đơn vị tiếp nhận",
        TaskState.Returned => "Đơn vị trả lại Văn phòng",
        TaskState.Received => "Đơn vị đã tiếp nhận",
        TaskState.Delegated => "Chuyên viên đang xử lý",
        TaskState.DraftPendingApproval => "Dự thảo chờ lãnh đạo duyệt",
        TaskState.Submitted => "Đã gửi báo cáo, chờ xác nhận",
        TaskState.Completed => "Đã xác nhận hoàn thành",
        _ => state.ToString(),
    };
}
