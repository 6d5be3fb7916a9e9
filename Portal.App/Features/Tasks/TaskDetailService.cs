using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.Security;

namespace Portal.App.Features.Tasks;

/// <summary>Everything about one task, for the task page; only for people who may see it.</summary>
public sealed class TaskDetailService(IDbContextFactory<PortalDbContext> dbFactory, TaskQueryService queries, TimeProvider clock)
{
    public async Task<TaskDetail?> GetAsync(Actor actor, int taskId, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.ViewTask);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var visible = await queries.FilterAsync(db, actor, new TaskFilter(), ct);
        if (!await visible.AnyAsync(t => t.Id == taskId, ct)) return null;

        var task = await TaskWorkflowService.WithWorkflowParts(db.CaseTasks)
            .Include(t => t.Document)
            .Include(t => t.Contributions)
            .Include(t => t.Updates)
            .Include(t => t.History)
            .SingleAsync(t => t.Id == taskId, ct);
        if (task.AssigneeId is { } assignee && assignee == actor.PersonId && task.AssigneeOpenedAt is null)
        {
            task.MarkOpenedByAssignee(clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
        }
        var now = clock.GetUtcNow();
        var today = Portal.Domain.VietnamTime.DateOf(now);
        var children = await db.CaseTasks.AsNoTracking().Where(t => t.ParentTaskId == taskId)
            .Select(t => new { t.Id, t.LeadUnitId, t.EffectiveDeadline, t.Started, t.LastSubmittedAt, t.LastDecision })
            .ToListAsync(ct);

        var notices = await db.UrgingNotices.AsNoTracking().Where(n => n.TaskId == taskId).OrderBy(n => n.DueOn)
            .Select(n => new UrgingNoticeRow(n.Number, n.DueOn, n.Deadline, n.IssuedAt)).ToListAsync(ct);
        var unitIds = task.CoordinatingUnits.Select(c => c.UnitId).Append(task.LeadUnitId)
            .Concat(children.Select(c => c.LeadUnitId)).Concat(task.Contributions.Select(c => c.UnitId).OfType<int>())
            .Append(task.DelegatedUnitId ?? 0).Append(task.SubmittingUnitId ?? 0).Append(task.CompilingUnitId ?? 0).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var personIds = new[] { task.AssigneeId, task.TrackingSpecialistId, task.TrackingLeaderId, task.TrackingOfficeLeaderId, task.TrackingDepartmentHeadId }
            .Concat(task.History.Select(h => h.ActorId))
            .Concat(task.Participants.Select(p => (int?)p.PersonId))
            .Concat(task.Contributions.Select(c => (int?)c.AuthorId))
            .Concat(task.Updates.Select(u => u.AuthorId))
            .Concat(task.ExtensionRequests.SelectMany(r => new[] { (int?)r.RequestedById, r.DecidedById }))
            .Concat(task.Proposals.SelectMany(p => new[] { (int?)p.ProposedById, p.AnsweredById }))
            .OfType<int>().Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
        string? Name(int? id) => id is { } i ? people.GetValueOrDefault(i) : null;
        string? UnitName(int? id) => id is { } i ? units.GetValueOrDefault(i) : null;
        // A unit account's step names the account and who typed it; an acting leader's adds the capacity to the name.
        string Who(int? id, string? capacity, string none) => (Name(id), capacity) switch
        {
            ({ } name, { } c) => $"{name} ({c})",
            ({ } name, null) => name,
            (null, { } c) => c,
            _ => none,
        };

        var document = task.Document;
        var workflowActor = actor.PersonId is not null || actor.UnitId is not null ? TaskWorkflowService.ToWorkflowActor(actor) : null;
        return new TaskDetail(
            task.Id, db.VersionOf(task), task.Content, task.ProgressAt(now), task.State, task.EffectiveDeadline, task.Deadline,
            task.ExtensionCount, task.ReportRequired, task.AssignedAt, task.LeadUnitId, units[task.LeadUnitId],
            [.. task.CoordinatingUnits.Select(c => units.GetValueOrDefault(c.UnitId, ""))],
            Name(task.AssigneeId),
            [.. task.Participants.Where(p => p.Role == ParticipantRole.CoordinatingSpecialist).Select(p => Name(p.PersonId) ?? "")],
            UnitName(task.DelegatedUnitId), Name(task.TrackingSpecialistId), Name(task.TrackingLeaderId), task.Report,
            task.LastSubmittedAt, task.LastDecisionReason, task.ParentTaskId,
            [.. children.Select(c => new SubTaskRow(c.Id, units.GetValueOrDefault(c.LeadUnitId, ""),
                TaskStatusRules.Classify(c.EffectiveDeadline, c.Started, c.LastSubmittedAt, c.LastDecision, now)))],
            document is null ? null : new DocumentInfo(document.Id, DocumentLabels.Of(document.Type), document.NumberAndSymbol, document.Summary, document.IssueDate,
                             document.SignerName is null ? null : $"{DocumentLabels.Of(document.SigningAuthority)} {document.SignerName}".Trim(),
                             DocumentLabels.Of(document.Urgency), document.EnteredOnTime, document.SignedFileId),
            TaskPermissions.For(task, workflowActor),
            [.. task.Updates.OrderByDescending(u => u.At).Select(u => new TaskNoteRow(u.At, Who(u.AuthorId, u.AuthorCapacity, ""), null, u.Content, u.DelayReason, u.Proposals, null))],
            [.. task.Contributions.OrderByDescending(c => c.At).Select(c => new TaskNoteRow(c.At, Name(c.AuthorId) ?? "", UnitName(c.UnitId), c.Content, null, null, c.AttachmentId))],
            [.. task.ExtensionRequests.OrderByDescending(r => r.RequestedAt).Select(r => new ExtensionRow(r.Id, r.RequestedAt, Name(r.RequestedById) ?? "",
                r.CurrentDeadline, r.RequestedDeadline, r.Reason, r.Status, Name(r.DecidedById), r.DecidedAt, r.DecisionNote, r.DocumentId, r.GrantedDeadline, r.DecisionDocumentId))],
            notices, task.EscalatedAt,
            [.. task.History.OrderByDescending(h => h.At).ThenByDescending(h => h.Id)
                .Select(h => new TaskHistoryRow(h.At, Who(h.ActorId, h.ActorCapacity, "Hệ thống"), h.Action, h.FromState, h.ToState, h.Note, h.Change))],
            new TaskTracking(UnitName(task.SubmittingUnitId), UnitName(task.CompilingUnitId), Name(task.TrackingOfficeLeaderId), Name(task.TrackingDepartmentHeadId)),
            [.. task.CoordinatingUnits.Select(c => new CoordinationRow(c.UnitId, units.GetValueOrDefault(c.UnitId, ""), c.ContributionDueOn,
                CaseStates.IsWithUnit(task.State) && task.IsContributionLate(c, today)))],
            [.. task.Proposals.OrderByDescending(p => p.ProposedAt).Select(p => new ProposalRow(p.Id, p.ProposedAt, Name(p.ProposedById) ?? "",
                p.ProposedContent, p.ProposedDeadline, p.Reason, p.Status, Name(p.AnsweredById), p.AnsweredAt, p.AnswerNote))],
            task.ReportingCycle, task.OwesPeriodicUpdate(today), UpdateDeadlinesOf(task, today));
    }

    private static UpdateDeadlines UpdateDeadlinesOf(CaseTask task, DateOnly today)
    {
        var answerLate = task.AnswerEnteredLate || (CaseStates.IsWithUnit(task.State) && task.AnswerEntryDueOn < today);
        var reviewPending = task.State == TaskState.Submitted;
        return new(task.AnswerEntryDueOn, answerLate, reviewPending ? task.ReviewDueOn : null, reviewPending && task.ReviewDueOn < today,
                   CaseStates.Unfinished.Contains(task.State) ? ReportingCycles.PeriodEnd(task.ReportingCycle, today) : null);
    }

    /// <summary>People of the lead unit and its sub-units, for delegation.</summary>
    public async Task<IReadOnlyList<PersonOption>> StaffOfAsync(int unitId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var subtree = await TaskQueryService.SubtreeAsync(db, unitId, ct);
        return await (from p in db.People.AsNoTracking()
                      join u in db.Units on p.UnitId equals u.Id
                      where subtree.Contains(p.UnitId)
                      orderby p.UnitId == unitId descending, u.Name, p.FullName
                      select new PersonOption(p.Id, p.FullName, p.Position, u.Name)).ToListAsync(ct);
    }

    /// <summary>Active units below the given one, at any depth.</summary>
    public async Task<IReadOnlyList<UnitOption>> SubUnitsOfAsync(int unitId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var subtree = (await TaskQueryService.SubtreeAsync(db, unitId, ct)).Where(id => id != unitId).ToList();
        return await UnitPaths.OptionsAsync(db, db.Units.AsNoTracking().Where(u => subtree.Contains(u.Id) && u.Status == Domain.Units.UnitStatus.Active)
            .OrderBy(u => u.Name), ct);
    }

    public static string StateLabel(TaskState state) => state switch
    {
        TaskState.Assigned => "Mới giao, chờ đơn vị tiếp nhận",
        TaskState.Returned => "Đơn vị đã trả lại, chờ điều chỉnh",
        TaskState.Received => "Đơn vị đã tiếp nhận",
        TaskState.Delegated => "Đang xử lý",
        TaskState.DraftPendingApproval => "Dự thảo chờ lãnh đạo đơn vị duyệt",
        TaskState.Submitted => "Đã gửi báo cáo, chờ xác nhận",
        TaskState.Completed => "Đã xác nhận hoàn thành",
        _ => state.ToString(),
    };
}
