using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Security;
using Portal.Domain.Text;

namespace Portal.App.Features.Tasks;

/// <summary>Task lists over the database, server-side filtered and paged, with status evaluated at read time.</summary>
public sealed class TaskQueryService(IDbContextFactory<PortalDbContext> dbFactory, CalendarCache calendars, UnitTreeCache tree, TimeProvider clock,
                                     IOptions<PortalOptions> portal)
{
    public int DueSoonWorkingDays => portal.Value.DueSoonWorkingDays;

    /// <summary>How far a text search counts its matches (<c>Portal:TextSearchCountLimit</c>, 1,000); past it the list
    /// says "hơn 1.000".</summary>
    public int TextSearchCountLimit => portal.Value.TextSearchCountLimit;

    /// <param name="countKinds">Count each kind of case too (the desk's sections): the total is then the sum of one grouped
    /// count, read from the same covering index as the plain count, instead of a second query.</param>
    public async Task<TaskPage> ListAsync(Actor actor, TaskFilter filter, int page, int pageSize, CancellationToken ct = default,
                                          bool countKinds = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(page);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = await FilterAsync(db, actor, filter, ct);
        // A text search may match a large part of the register: it counts up to the limit and lists the most recently
        // entered matches first, so the database stops at the first page instead of reading and sorting every match.
        var searching = TextFolding.Fold(filter.Text).Length > 0;
        var limit = TextSearchCountLimit;
        IReadOnlyList<KindCount> byKind = [];
        int total;
        if (searching) total = await query.Take(limit + 1).CountAsync(ct);
        else if (countKinds)
        {
            byKind = await CountByKindAsync(query, ct);
            total = byKind.Sum(k => k.Count);
        }
        else total = await query.CountAsync(ct);
        // The page's ids are picked first — from an index alone where the person's index holds the order — and only those
        // rows are then read with their document and unit.
        var pageOfIds = Order(query, filter.View, searching).Skip(page * pageSize).Take(pageSize).Select(t => t.Id);
        var rows = await Project(Order(db.CaseTasks.AsNoTracking().Where(t => pageOfIds.Contains(t.Id)), filter.View, searching), db)
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        return searching && total > limit
            ? new TaskPage([.. rows.Select(r => r.ToRow(now))], limit, TotalIsLowerBound: true)
            : new TaskPage([.. rows.Select(r => r.ToRow(now))], total) { ByKind = byKind };
    }

    /// <summary>New work newest first; a text search's matches most recently entered first; everything else by the deadline
    /// that comes first, tasks without one last. The lists of tasks that all have a deadline (due soon, overdue, escalated)
    /// are ordered by it alone, so that the database can walk a deadline index instead of sorting every match.</summary>
    private static IOrderedQueryable<CaseTask> Order(IQueryable<CaseTask> query, TaskView view, bool searching) =>
        view == TaskView.New ? query.OrderByDescending(t => t.AssignedAt).ThenByDescending(t => t.Id)
        : searching ? query.OrderByDescending(t => t.Id)
        : view == TaskView.AnswersToEnter ? query.OrderBy(t => t.AnswerEntryDueOn).ThenByDescending(t => t.Id)
        : view == TaskView.ReviewDue ? query.OrderBy(t => t.ReviewDueOn).ThenByDescending(t => t.Id)
        : view is TaskView.DueSoon or TaskView.Overdue or TaskView.Escalated ? query.OrderBy(t => t.EffectiveDeadline).ThenByDescending(t => t.Id)
        : query.OrderBy(t => t.EffectiveDeadline == null).ThenBy(t => t.EffectiveDeadline).ThenByDescending(t => t.Id);

    public async Task<int> CountAsync(Actor actor, TaskFilter filter, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await (await FilterAsync(db, actor, filter, ct)).CountAsync(ct);
    }

    /// <summary>How many cases of the filter there are of each kind (the desk's sections and the overview count the kinds separately).</summary>
    public async Task<IReadOnlyList<KindCount>> CountByKindAsync(Actor actor, TaskFilter filter, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await CountByKindAsync(await FilterAsync(db, actor, filter, ct), ct);
    }

    private static async Task<IReadOnlyList<KindCount>> CountByKindAsync(IQueryable<CaseTask> query, CancellationToken ct)
    {
        var counts = await query.GroupBy(t => t.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return [.. counts.OrderBy(c => c.Key).Select(c => new KindCount(c.Key, c.Count))];
    }

    /// <summary>How many tasks of the filter are in each stage and timeliness, classified at read time.</summary>
    public async Task<IReadOnlyDictionary<TaskProgress, int>> CountByStatusAsync(Actor actor, TaskFilter filter, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var facts = await (await FilterAsync(db, actor, filter, ct))
            .Select(t => new { t.EffectiveDeadline, t.Started, t.LastSubmittedAt, t.LastDecision })
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        return facts
            .GroupBy(f => TaskStatusRules.Classify(f.EffectiveDeadline, f.Started, f.LastSubmittedAt, f.LastDecision, now))
            .ToDictionary(g => g.Key, g => g.Count());
    }

    internal async Task<IQueryable<CaseTask>> FilterAsync(PortalDbContext db, Actor actor, TaskFilter filter, CancellationToken ct)
    {
        var today = clock.Today();
        var query = db.CaseTasks.AsNoTracking();
        query = query.Where(await VisibleToAsync(actor, ct));
        query = filter.View switch
        {
            TaskView.All => query,
            TaskView.New => query.Where(NewFor(actor)),
            TaskView.DueSoon => await DueSoonAsync(query.Where(Mine(actor)), today, actor.UnitId, ct),
            TaskView.Overdue => query.Where(Mine(actor)).Where(Unfinished).Where(t => t.EffectiveDeadline != null && t.EffectiveDeadline < today),
            TaskView.DraftsToApprove => actor.IsIn(PortalRoles.UnitLeader) && !actor.IsUnitAccount && actor.UnitId is { } u
                ? query.Where(t => t.LeadUnitId == u && t.State == TaskState.DraftPendingApproval)
                : query.Where(t => false),
            TaskView.AwaitingConfirmation => query.Where(AssignedBy(actor)).Where(t => t.State == TaskState.Submitted),
            TaskView.Returned => query.Where(AssignedBy(actor)).Where(t => t.State == TaskState.Returned),
            TaskView.MyUnit => actor.UnitId is { } unit ? query.Where(t => t.LeadUnitId == unit) : query.Where(t => false),
            TaskView.Escalated => query.Where(await EscalatedForAsync(actor, ct)).Where(Unfinished).Where(t => t.EscalatedAt != null && t.EffectiveDeadline != null),
            TaskView.LateContributions => query.Where(Mine(actor)).Where(Predicates.StateIn(CaseStates.WithUnit))
                .Where(t => t.CoordinatingUnits.Any(c => c.ContributionDueOn != null && c.ContributionDueOn < today
                                                         && !t.Contributions.Any(x => x.UnitId == c.UnitId))),
            TaskView.PeriodicUpdates => query.Where(Mine(actor)).Where(Unfinished).Where(PeriodicUpdateOwed(today)),
            TaskView.AnswersToEnter => query.Where(Mine(actor)).Where(WithTheUnit).Where(t => t.AnswerEntryDueOn != null),
            TaskView.ReviewDue => query.Where(AssignedBy(actor)).Where(t => t.State == TaskState.Submitted && t.ReviewDueOn != null && t.ReviewDueOn <= today),
            // The task's own mark, on the tracker's (TrackingSpecialistId, HasPendingRequest) index: not every task of the
            // tracker searched for a pending request.
            TaskView.PendingRequests => query.Where(AssignedBy(actor)).Where(t => t.HasPendingRequest),
            _ => throw new ArgumentOutOfRangeException(nameof(filter)),
        };
        if (filter.UnitId is { } unitId) query = query.Where(t => t.LeadUnitId == unitId);
        if (filter.LeaderId is { } leaderId) query = query.Where(t => t.TrackingLeaderId == leaderId);
        if (filter.OfficeLeaderId is { } officeLeaderId) query = query.Where(t => t.TrackingOfficeLeaderId == officeLeaderId);
        if (filter.DocumentId is { } documentId) query = query.Where(t => t.DocumentId == documentId);
        if (filter.Kind is { } kind) query = query.Where(t => t.Kind == kind);
        if (filter.AssignedFrom is { } from)
        {
            var since = VietnamTime.At(from, TimeOnly.MinValue);
            query = query.Where(t => t.AssignedAt >= since);
        }
        if (filter.AssignedTo is { } to)
        {
            var until = VietnamTime.At(to.AddDays(1), TimeOnly.MinValue);
            query = query.Where(t => t.AssignedAt < until);
        }
        if (filter.Stage is { } stage) query = query.Where(StageIs(stage));
        if (filter.Timeliness is { } timeliness) query = query.Where(TimelinessIs(timeliness, today));
        var text = TextFolding.Fold(QueryValues.Text(filter.Text));
        if (text.Length > 0)
        {
            // LIKE on every provider, so PostgreSQL's trigram index serves it.
            var pattern = LikePattern.Containing(text);
            query = query.Where(t => EF.Functions.Like(t.SearchText, pattern, LikePattern.Escape));
        }
        return query;
    }

    /// <summary>Tasks due within the next working days, counted on the calendar of the person's province.</summary>
    private async Task<IQueryable<CaseTask>> DueSoonAsync(IQueryable<CaseTask> query, DateOnly today, int? unitId, CancellationToken ct)
    {
        var calendar = await calendars.ForUnitAsync(unitId, ct);
        var until = calendar.AddWorkingDays(today, DueSoonWorkingDays);
        return query.Where(WithTheUnit).Where(t => t.EffectiveDeadline != null && t.EffectiveDeadline >= today && t.EffectiveDeadline <= until);
    }

    // The states spelled out (not "neither submitted nor completed"), so that the person's (…, State, EffectiveDeadline)
    // index is searched state by state and its counts are read from the index alone.
    /// <summary>No report submitted yet and in the unit's hands (<see cref="CaseStates.WithUnit"/>).</summary>
    private static readonly Expression<Func<CaseTask, bool>> WithTheUnit = Predicates.StateIn(CaseStates.WithUnit);

    /// <summary>With the unit, or come back to the Office: the work is still owed (<see cref="CaseStates.Unfinished"/>).</summary>
    private static readonly Expression<Func<CaseTask, bool>> Unfinished = Predicates.StateIn(CaseStates.Unfinished);

    /// <summary>What the person may see, by the scope of <see cref="PortalAction.ViewTask"/>: every unit's tasks, or those of
    /// the person's unit (and the units below it) as lead or coordinating unit, and those handed to the person.</summary>
    private async Task<Expression<Func<CaseTask, bool>>> VisibleToAsync(Actor actor, CancellationToken ct)
    {
        var scope = actor.ScopeFor(PortalAction.ViewTask);
        if (scope == DataScope.All) return t => true;
        if (scope == DataScope.None) return t => false;
        IReadOnlyList<int> units = actor.UnitId is not { } unitId ? [] : scope == DataScope.Subtree ? await tree.SubtreeAsync(unitId, ct) : [unitId];
        // An account without a person (a unit account) sees its units' tasks only: comparing AssigneeId with a null
        // person would become "AssigneeId IS NULL" and show every task not yet handed to anyone.
        if (actor.PersonId is not { } person)
            return t => units.Contains(t.LeadUnitId) || t.CoordinatingUnits.Any(c => units.Contains(c.UnitId));
        return t => units.Contains(t.LeadUnitId) || t.AssigneeId == person
                    || t.CoordinatingUnits.Any(c => units.Contains(c.UnitId));
    }

    internal static async Task<List<int>> SubtreeAsync(PortalDbContext db, int rootId, CancellationToken ct)
    {
        // Read fresh inside the caller's context, for checks that must not rely on the cached tree.
        var links = await db.Units.AsNoTracking().Where(u => u.ParentId != null).Select(u => new { u.Id, u.ParentId }).ToListAsync(ct);
        return UnitTreeCache.Subtree(links.ToLookup(l => l.ParentId!.Value, l => l.Id), rootId);
    }

    /// <summary>The tasks the actor assigned — or the leader they stand in for (quyền, phụ trách) did; one equality when not
    /// standing in, so the tracker's index serves it.</summary>
    private static Expression<Func<CaseTask, bool>> AssignedBy(Actor actor) => (actor.PersonId, actor.Acting?.ForPersonId) switch
    {
        ({ } me, { } absent) => t => t.TrackingSpecialistId == me || t.TrackingSpecialistId == absent,
        ({ } me, null) => t => t.TrackingSpecialistId == me,
        _ => t => false,
    };

    /// <summary>The SQL form of <see cref="CaseTask.OwesPeriodicUpdate"/>: reporting by a cycle, nothing updated since its current period began.</summary>
    private static Expression<Func<CaseTask, bool>> PeriodicUpdateOwed(DateOnly today)
    {
        DateTimeOffset Start(ReportingCycle cycle) => VietnamTime.At(ReportingCycles.PeriodStart(cycle, today)!.Value, TimeOnly.MinValue);
        var (quarter, half, year) = (Start(ReportingCycle.Quarterly), Start(ReportingCycle.HalfYearly), Start(ReportingCycle.Yearly));
        // The cycles as one IN list, so that the (State, ReportingCycle, LastUpdateAt) index is searched cycle by cycle.
        return t => (t.ReportingCycle == ReportingCycle.Quarterly || t.ReportingCycle == ReportingCycle.HalfYearly || t.ReportingCycle == ReportingCycle.Yearly)
                    && (t.LastUpdateAt == null
                        || t.LastUpdateAt < (t.ReportingCycle == ReportingCycle.Quarterly ? quarter : t.ReportingCycle == ReportingCycle.HalfYearly ? half : year));
    }

    /// <summary>The tasks a provincial leader tracks — theirs, or the absent leader's they stand in for.</summary>
    private static Expression<Func<CaseTask, bool>> TrackedBy(int me, int? absent) => absent is { } other
        ? t => t.TrackingLeaderId == me || t.TrackingLeaderId == other
        : t => t.TrackingLeaderId == me;

    /// <summary>The tasks that are "mine" on a desk: by role, what I lead, handle or track (only the conditions my roles give);
    /// for a unit account, which reports for its unit (Khánh Hòa 1986 Điều 4.2c), every task its unit leads.</summary>
    private static Expression<Func<CaseTask, bool>> Mine(Actor actor)
    {
        if (actor.IsIn(PortalRoles.OfficeLeader)) return t => true;
        var conditions = new List<Expression<Func<CaseTask, bool>>>();
        if ((actor.IsIn(PortalRoles.UnitLeader) || (actor.IsUnitAccount && actor.IsIn(PortalRoles.UnitSpecialist))) && actor.UnitId is { } unit)
            conditions.Add(t => t.LeadUnitId == unit);
        if (actor.PersonId is { } person)
        {
            if (actor.IsIn(PortalRoles.UnitSpecialist)) conditions.Add(t => t.AssigneeId == person);
            if (actor.IsIn(PortalRoles.TrackingSpecialist)) conditions.Add(AssignedBy(actor));
            if (actor.IsIn(PortalRoles.ProvincialLeader)) conditions.Add(TrackedBy(person, actor.Acting?.ForPersonId));
        }
        return Predicates.AnyOf(conditions);
    }

    /// <summary>
    /// Escalated tasks I direct or was reported (provincial leader), oversee (Office leader) or track; the Chairman sees every
    /// escalated task of the province (hue-71 Điều 8.1e).
    /// </summary>
    private async Task<Expression<Func<CaseTask, bool>>> EscalatedForAsync(Actor actor, CancellationToken ct)
    {
        if (actor.IsIn(PortalRoles.OfficeLeader)) return t => true;
        if (actor.PersonId is not { } person) return t => false;
        var conditions = new List<Expression<Func<CaseTask, bool>>>();
        if (actor.IsIn(PortalRoles.ProvincialLeader))
        {
            // The leader's own, and — standing in for an absent leader (quyền, phụ trách) — that leader's.
            foreach (var leader in new[] { person, actor.Acting?.ForPersonId }.OfType<int>().Distinct())
            {
                var (chaired, provinces) = await tree.ChairedByAsync(leader, ct);
                if (chaired.Count > 0 && chaired.Count == provinces) return t => true;
                foreach (var province in chaired)
                {
                    var units = await tree.SubtreeAsync(province, ct);
                    conditions.Add(t => units.Contains(t.LeadUnitId));
                }
                conditions.Add(t => t.TrackingLeaderId == leader || t.EscalatedToId == leader);
            }
        }
        if (actor.IsIn(PortalRoles.TrackingSpecialist)) conditions.Add(AssignedBy(actor));
        return Predicates.AnyOf(conditions);
    }

    private static Expression<Func<CaseTask, bool>> NewFor(Actor actor)
    {
        var conditions = new List<Expression<Func<CaseTask, bool>>>();
        // A unit account checks its unit's new tasks against the documents received and tells its leader (Khánh Hòa Điều 9.2a).
        if ((actor.IsIn(PortalRoles.UnitLeader) || (actor.IsUnitAccount && actor.IsIn(PortalRoles.UnitSpecialist))) && actor.UnitId is { } unit)
            conditions.Add(t => t.LeadUnitId == unit && t.State == TaskState.Assigned);
        if (actor.IsIn(PortalRoles.UnitSpecialist) && actor.PersonId is { } person)
            conditions.Add(t => t.AssigneeId == person && t.State == TaskState.Delegated && t.AssigneeOpenedAt == null);
        return Predicates.AnyOf(conditions);
    }

    // The SQL form of TaskStatusRules.Classify, so lists can filter and count in the database.
    internal static Expression<Func<CaseTask, bool>> StageIs(TaskStage stage) => stage switch
    {
        TaskStage.NotStarted => t => t.LastSubmittedAt == null && !t.Started,
        TaskStage.InProgress => t => (t.LastSubmittedAt == null && t.Started) || t.LastDecision == ReviewDecision.Rejected,
        TaskStage.AwaitingConfirmation => t => t.LastSubmittedAt != null && t.LastDecision == null,
        TaskStage.Completed => t => t.LastSubmittedAt != null && t.LastDecision == ReviewDecision.Accepted,
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };

    internal static Expression<Func<CaseTask, bool>> TimelinessIs(Timeliness timeliness, DateOnly today) => timeliness switch
    {
        Timeliness.NoDeadline => t => t.EffectiveDeadline == null,
        Timeliness.OnTime => t => t.EffectiveDeadline != null &&
            ((t.LastSubmittedAt != null && t.LastDecision != ReviewDecision.Rejected && t.LastSubmittedOn <= t.EffectiveDeadline)
             || ((t.LastSubmittedAt == null || t.LastDecision == ReviewDecision.Rejected) && today <= t.EffectiveDeadline)),
        Timeliness.Overdue => t => t.EffectiveDeadline != null &&
            ((t.LastSubmittedAt != null && t.LastDecision != ReviewDecision.Rejected && t.LastSubmittedOn > t.EffectiveDeadline)
             || ((t.LastSubmittedAt == null || t.LastDecision == ReviewDecision.Rejected) && today > t.EffectiveDeadline)),
        _ => throw new ArgumentOutOfRangeException(nameof(timeliness)),
    };

    private static IQueryable<RowData> Project(IQueryable<CaseTask> query, PortalDbContext db) =>
        from t in query
        join u in db.Units on t.LeadUnitId equals u.Id
        select new RowData(t.Id, t.DocumentId, t.SourceReference, t.Content, u.Name, t.EffectiveDeadline,
                           t.ExtensionCount, t.State, t.AssignedAt, t.Started, t.LastSubmittedAt, t.LastDecision, t.Kind);

    private sealed record RowData(int Id, int? DocumentId, string? SourceReference, string Content, string LeadUnitName,
                                  DateOnly? Deadline, int ExtensionCount, TaskState State, DateTimeOffset AssignedAt, bool Started,
                                  DateTimeOffset? LastSubmittedAt, ReviewDecision? LastDecision, CaseKind Kind)
    {
        public TaskRow ToRow(DateTimeOffset now) => new(Id, DocumentId, SourceReference ?? "", Content,
            LeadUnitName, Deadline, ExtensionCount, State, AssignedAt,
            TaskStatusRules.Classify(Deadline, Started, LastSubmittedAt, LastDecision, now), Kind);
    }
}
