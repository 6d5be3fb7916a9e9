using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Notifications;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Notifications;
using Portal.Domain.Security;

namespace Portal.App.Features.Tasks;

/// <summary>
/// Every step of a task's workflow, for the signed-in person: one database transaction per step, checked
/// against the version the user saw, the domain rules and the unit tree; the change is then pushed to desks.
/// </summary>
public sealed class TaskWorkflowService(
    IDbContextFactory<PortalDbContext> dbFactory,
    TimeProvider clock,
    CalendarCache calendars,
    UnitTreeCache tree,
    TaskNotifier notifier,
    RuleProfiles profiles,
    IEnumerable<ICasePublisher>? publishers = null)
{
    public const string ConflictMessage =
        "Nhiệm vụ vừa được người khác cập nhật nên thao tác của bạn chưa được lưu. Trang đã được tải lại với dữ liệu mới nhất; vui lòng kiểm tra và thực hiện lại nếu cần.";

    public Task ReceiveAsync(Actor actor, int taskId, int version, CancellationToken ct = default) =>
        RunAsync(actor, taskId, version, PortalAction.ReceiveTask, "Tiếp nhận", (ctx) => ctx.Task.Receive(ctx.Actor, ctx.Now), ct);

    public Task ReturnAsync(Actor actor, int taskId, int version, string reason, CancellationToken ct = default) =>
        RunAsync(actor, taskId, version, PortalAction.ReturnTask, "Trả lại", ctx =>
        {
            ctx.Task.ReturnToAssigner(ctx.Actor, ctx.Now, reason);
            ctx.Notify(ctx.Task, NotificationKind.TaskReturned, Audience.Tracker);
        }, ct);

    public Task RedirectAsync(Actor actor, int taskId, int version, int newUnitId, string? note, CancellationToken ct = default) =>
        RunAsync(actor, taskId, version, PortalAction.RedirectTask, "Chuyển đơn vị", async ctx =>
        {
            var units = await ctx.Db.Units.AsNoTracking().Where(u => u.Id == newUnitId || u.Id == ctx.Task.LeadUnitId)
                .ToDictionaryAsync(u => u.Id, ct);
            if (!units.TryGetValue(newUnitId, out var target) || !target.IsActive)
                throw new DomainException("Đơn vị được chọn không tồn tại hoặc đã ngừng hoạt động.");
            ctx.Task.Redirect(ctx.Actor, ctx.Now, newUnitId, units[ctx.Task.LeadUnitId].Name, target.Name, note);
            ctx.Notify(ctx.Task, NotificationKind.NewTask, Audience.LeadUnitLeaders);
        }, ct);

    public Task CorrectAsync(Actor actor, int taskId, int version, string content, DateOnly? deadline, string? note, CancellationToken ct = default) =>
        RunAsync(actor, taskId, version, PortalAction.RedirectTask, "Điều chỉnh", async ctx =>
        {
            ctx.Task.Correct(ctx.Actor, ctx.Now, content, deadline, await calendars.ForUnitAsync(ctx.Task.LeadUnitId, ct), note);
            ctx.Notify(ctx.Task, NotificationKind.NewTask, Audience.LeadUnitLeaders);
        }, ct);

    public Task DelegateAsync(Actor actor, int taskId, int version, int leadSpecialistId, IReadOnlyCollection<int> coordinatingIds,
                              string? note, CancellationToken ct = default) =>
        RunAsync(actor, taskId, version, PortalAction.DelegateTask, "Giao xử lý", async ctx =>
        {
            var subtree = await TaskQueryService.SubtreeAsync(ctx.Db, ctx.Task.LeadUnitId, ct);
            var people = coordinatingIds.Append(leadSpecialistId).Distinct().ToList();
            var members = await ctx.Db.People.AsNoTracking().CountAsync(p => people.Contains(p.Id) && subtree.Contains(p.UnitId), ct);
            if (members != people.Count) throw new DomainException("Chỉ giao được cho cán bộ thuộc đơn vị chủ trì.");
            ctx.Task.Delegate(ctx.Actor, ctx.Now, leadSpecialistId, coordinatingIds, note);
            ctx.Notify(ctx.Task, NotificationKind.NewTask, Audience.Assignee | Audience.CoordinatingSpecialists);
        }, ct);

    public Task DelegateToSubUnitAsync(Actor actor, int taskId, int version, int subUnitId, string? note, CancellationToken ct = default) =>
        RunAsync(actor, taskId, version, PortalAction.DelegateTask, "Giao đơn vị trực thuộc", async ctx =>
        {
            var subtree = await TaskQueryService.SubtreeAsync(ctx.Db, ctx.Task.LeadUnitId, ct);
            var unit = await ctx.Db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == subUnitId, ct);
            if (unit is null || !unit.IsActive || subUnitId == ctx.Task.LeadUnitId || !subtree.Contains(subUnitId))
                throw new DomainException("Chỉ giao được cho đơn vị trực thuộc đang hoạt động của đơn vị chủ trì.");
            var child = ctx.Task.DelegateToSubUnit(ctx.Actor, ctx.Now, subUnitId, unit.Name, note);
            ctx.Db.CaseTasks.Add(child);
            ctx.AlsoConcerns(units: [subUnitId]);
            ctx.Notify(child, NotificationKind.NewTask, Audience.LeadUnitLeaders);
        }, ct);

    public Task SaveDraftAsync(Actor actor, int taskId, int version, ReportDraft draft, CancellationToken ct = default) =>
        RunAsync(actor, taskId, version, PortalAction.DraftReport, "Lưu dự thảo", ctx => ctx.Task.SaveDraft(ctx.Actor, ctx.Now, draft), ct);

    public Task SubmitDraftAsync(Actor actor, int taskId, int version, ReportDraft draft, CancellationToken ct = default) =>
        RunAsync(actor, taskId, version, PortalAction.DraftReport, "Trình dự thảo", ctx =>
        {
            ctx.Task.SubmitDraft(ctx.Actor, ctx.Now, draft);
            ctx.Notify(ctx.Task, NotificationKind.DraftAwaitingApproval, Audience.LeadUnitLeaders);
        }, ct);

    public Task SendBackDraftAsync(Actor actor, int taskId, int version, string comment, CancellationToken ct = default) =>
        RunAsync(actor, taskId, version, PortalAction.ReviewDraft, "Trả lại dự thảo", ctx =>
        {
            ctx.Task.SendBackDraft(ctx.Actor, ctx.Now, comment);
            ctx.Notify(ctx.Task, NotificationKind.DraftSentBack, Audience.Assignee);
        }, ct);

    public Task ApproveAsync(Actor actor, int taskId, int version, ReportDraft? edited, CancellationToken ct = default) =>
        RunAsync(actor, taskId, version, PortalAction.ReviewDraft, "Phê duyệt", async ctx =>
        {
            ctx.Task.ApproveAndSubmit(ctx.Actor, ctx.Now, edited, (await profiles.ForUnitAsync(ctx.Task.LeadUnitId, ct)).ResponseDocumentRequired);
            ctx.Notify(ctx.Task, NotificationKind.ReportSubmitted, Audience.Tracker);
        }, ct);

    public Task ConfirmAsync(Actor actor, int taskId, int version, ReviewDecision decision, string? reason, CancellationToken ct = default) =>
        RunAsync(actor, taskId, version, PortalAction.ConfirmResult, "Xác nhận", async ctx =>
        {
            ctx.Task.Confirm(ctx.Actor, ctx.Now, decision, reason);
            ctx.Notify(ctx.Task, decision == ReviewDecision.Accepted ? NotificationKind.ReportConfirmed : NotificationKind.ReportFailed,
                       Audience.LeadUnitLeaders | Audience.Assignee);
            if (decision == ReviewDecision.Accepted && ctx.Task.ParentTaskId is { } parentId)
            {
                // A sub-unit's confirmed report goes up as the draft of the task above.
                var parent = await ctx.Db.CaseTasks.SingleAsync(t => t.Id == parentId, ct);
                parent.ReceiveSubUnitReport(ctx.Task, ctx.Now);
                ctx.AlsoConcerns(units: [parent.LeadUnitId]);
                ctx.Notify(parent, NotificationKind.DraftAwaitingApproval, Audience.LeadUnitLeaders);
            }
        }, ct);

    /// <summary>The assigner records a task that needs no report as done (hue-71 Điều 4.1).</summary>
    public Task RecordCompletionAsync(Actor actor, int taskId, int version, string? note, CancellationToken ct = default) =>
        RunAsync(actor, taskId, version, PortalAction.ConfirmResult, "Ghi nhận hoàn thành", ctx =>
        {
            ctx.Task.RecordCompletion(ctx.Actor, ctx.Now, note);
            ctx.Notify(ctx.Task, NotificationKind.ReportConfirmed, Audience.LeadUnitLeaders | Audience.Assignee);
        }, ct);

    /// <summary>The assigner publishes a confirmed answer, for a kind whose answers are published (CaseKindRules.PublishesAnswer).</summary>
    public Task PublishAsync(Actor actor, int taskId, int version, CancellationToken ct = default) =>
        RunAsync(actor, taskId, version, PortalAction.ConfirmResult, "Công khai", async ctx =>
        {
            ctx.Task.Publish(ctx.Actor, ctx.Now);
            // The kind's publishing step: where and how its answers are put before the public (a citizen's question: its public page).
            foreach (var publisher in (publishers ?? []).Where(p => p.Kind == ctx.Task.Kind)) await publisher.PublishAsync(ctx.Db, ctx.Task, ctx.Actor.PersonId ?? 0, ctx.Now, ct);
        }, ct);

    public Task FileProgressAsync(Actor actor, int taskId, int version, string content, string? delayReason, string? proposals,
                                  CancellationToken ct = default) =>
        RunAsync(actor, taskId, version, PortalAction.FileProgress, "Cập nhật tiến độ", ctx => ctx.Task.FileProgress(ctx.Actor, ctx.Now, content, delayReason, proposals), ct);

    public Task ContributeAsync(Actor actor, int taskId, int version, string content, Guid? attachmentId, CancellationToken ct = default) =>
        RunAsync(actor, taskId, version, PortalAction.Contribute, "Ý kiến phối hợp", ctx => ctx.Task.Contribute(ctx.Actor, ctx.Now, content, attachmentId), ct);

    /// <summary>The lead unit asks a coordinating unit for its contribution by a date (Đồng Tháp 128 Điều 14.6).</summary>
    public Task AskContributionAsync(Actor actor, int taskId, int version, int unitId, DateOnly dueOn, CancellationToken ct = default) =>
        RunAsync(actor, taskId, version, PortalAction.DraftReport, "Đề nghị góp ý", async ctx =>
        {
            var name = await ctx.Db.Units.Where(u => u.Id == unitId).Select(u => u.Name).SingleOrDefaultAsync(ct) ?? "";
            ctx.Task.AskContribution(ctx.Actor, ctx.Now, unitId, name, dueOn);
        }, ct);

    public Task RequestExtensionAsync(Actor actor, int taskId, int version, DateOnly deadline, string reason, Guid? documentId,
                                      CancellationToken ct = default) =>
        RunAsync(actor, taskId, version, PortalAction.RequestExtension, "Đề nghị gia hạn", async ctx =>
        {
            var rules = await profiles.ForUnitAsync(ctx.Task.LeadUnitId, ct);
            ctx.Task.RequestExtension(ctx.Actor, ctx.Now, deadline, reason, documentId, rules.ExtensionDocumentsRequired);
            ctx.Notify(ctx.Task, NotificationKind.ExtensionRequested, Audience.Tracker);
        }, ct);

    public Task DecideExtensionAsync(Actor actor, int taskId, int version, bool approve, string? note, CancellationToken ct = default) =>
        DecideExtensionAsync(actor, taskId, version, approve, note, null, ct);

    /// <summary>Grants the extension up to <paramref name="grantedDeadline"/> (earlier than asked, or null for the date asked), or refuses it.</summary>
    public Task DecideExtensionAsync(Actor actor, int taskId, int version, bool approve, string? note, DateOnly? grantedDeadline, CancellationToken ct = default) =>
        DecideExtensionAsync(actor, taskId, version, approve, note, grantedDeadline, null, ct);

    /// <summary>As above, with the approving document (required by the profile of Đồng Tháp 128 Điều 5.2d).</summary>
    public Task DecideExtensionAsync(Actor actor, int taskId, int version, bool approve, string? note, DateOnly? grantedDeadline, Guid? decisionDocumentId,
                                     CancellationToken ct = default) =>
        RunAsync(actor, taskId, version, PortalAction.DecideExtension, approve ? "Chấp thuận gia hạn" : "Không chấp thuận gia hạn",
            async ctx =>
            {
                var rules = await profiles.ForUnitAsync(ctx.Task.LeadUnitId, ct);
                ctx.Task.DecideExtension(ctx.Actor, ctx.Now, approve, note, grantedDeadline, decisionDocumentId, rules.ExtensionDocumentsRequired);
                ctx.Notify(ctx.Task, NotificationKind.ExtensionDecided, Audience.LeadUnitLeaders | Audience.Assignee);
            }, ct);

    /// <summary>
    /// The workflow's view of the actor: a person, or a unit account — which reports for its unit under the name of whoever
    /// said they are using it this session (Khánh Hòa 1986 Điều 5.1a, 6.2c) — or an acting leader standing in for another.
    /// </summary>
    /// <summary>The lead unit proposes to adjust its task — new content, a new deadline or both (Khánh Hòa 1986 Điều 11.4).</summary>
    public Task ProposeAdjustmentAsync(Actor actor, int taskId, int version, string? content, DateOnly? deadline, string reason,
                                       CancellationToken ct = default) =>
        RunAsync(actor, taskId, version, PortalAction.ProposeAdjustment, "Đề xuất điều chỉnh", ctx =>
        {
            ctx.Task.ProposeAdjustment(ctx.Actor, ctx.Now, content, deadline, reason);
            ctx.Notify(ctx.Task, NotificationKind.ProposalSubmitted, Audience.Tracker);
        }, ct);

    /// <summary>The assigner answers the proposal (Khánh Hòa Điều 12.1b); an accepted one corrects the task, with history.</summary>
    public Task AnswerProposalAsync(Actor actor, int taskId, int version, bool accept, string? note, CancellationToken ct = default) =>
        RunAsync(actor, taskId, version, PortalAction.AnswerProposal, accept ? "Chấp thuận đề xuất" : "Không chấp thuận đề xuất", async ctx =>
        {
            ctx.Task.AnswerProposal(ctx.Actor, ctx.Now, accept, note, await calendars.ForUnitAsync(ctx.Task.LeadUnitId, ct));
            ctx.Notify(ctx.Task, NotificationKind.ProposalAnswered, Audience.LeadUnitLeaders | Audience.Assignee);
        }, ct);

    public static WorkflowActor ToWorkflowActor(Actor actor)
    {
        if (actor.PersonId is { } person)
            return new WorkflowActor(person, actor.UnitId, actor.Roles) { ActingForId = actor.Acting?.ForPersonId, Capacity = actor.Acting?.Capacity };
        if (actor.UnitId is not { } unit) throw new ForbiddenException(NoPersonMessage);
        return new WorkflowActor(null, unit, actor.Roles) { Capacity = UnitAccountCapacity(actor.DisplayName, actor.TypistName) };
    }

    /// <summary>How the history names a unit account's step: the account and the person typing at it.</summary>
    public static string UnitAccountCapacity(string account, string? typist)
    {
        var capacity = $"Tài khoản đơn vị {account} – người cập nhật: {typist ?? "(chưa khai báo)"}";
        return capacity.Length <= TaskHistoryEntry.ActorCapacityMaxLength ? capacity : capacity[..(TaskHistoryEntry.ActorCapacityMaxLength - 1)] + "…";
    }

    /// <summary>Why an account with neither a person nor a unit is refused a step that records who took it.</summary>
    public const string NoPersonMessage =
        "Tài khoản của bạn không gắn với một cán bộ hay một đơn vị nên không thực hiện được thao tác này; vui lòng đăng nhập bằng tài khoản cá nhân.";

    /// <summary>What a unit account does for its unit (Khánh Hòa 1986 Điều 4.2c, 9.2c): progress and the unit's report; the
    /// leaders' and the assigners' steps need a personal account.</summary>
    private static readonly HashSet<PortalAction> UnitAccountActions = [PortalAction.FileProgress, PortalAction.DraftReport];

    public const string UnitAccountStepMessage =
        "Tài khoản đơn vị chỉ cập nhật tiến độ và soạn, trình báo cáo cho nhiệm vụ của đơn vị; thao tác này cần tài khoản cá nhân của người có thẩm quyền.";

    /// <summary>Why a unit account is refused a step before the person using it has said who they are.</summary>
    public const string TypistMissingMessage =
        "Tài khoản đơn vị: vui lòng khai báo họ tên người đang sử dụng tài khoản (trang Khai báo người sử dụng) trước khi cập nhật nhiệm vụ.";

    internal static IQueryable<CaseTask> WithWorkflowParts(IQueryable<CaseTask> tasks) => tasks
        .Include(t => t.CoordinatingUnits)
        .Include(t => t.Participants)
        .Include(t => t.ExtensionRequests)
        .Include(t => t.Proposals)
        .AsSplitQuery();

    private Task RunAsync(Actor actor, int taskId, int version, PortalAction permission, string action, Action<StepContext> step, CancellationToken ct) =>
        RunAsync(actor, taskId, version, permission, action, ctx =>
        {
            step(ctx);
            return Task.CompletedTask;
        }, ct);

    private async Task RunAsync(Actor actor, int taskId, int version, PortalAction permission, string action, Func<StepContext, Task> step,
                                CancellationToken ct)
    {
        actor.Demand(permission);
        var workflowActor = ToWorkflowActor(actor);
        if (workflowActor.IsUnitAccount)
        {
            if (!UnitAccountActions.Contains(permission)) throw new ForbiddenException(UnitAccountStepMessage);
            if (string.IsNullOrWhiteSpace(actor.TypistName)) throw new ForbiddenException(TypistMissingMessage);
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.DemandActiveAccountAsync(actor, clock.GetUtcNow(), ct);
        var task = await WithWorkflowParts(db.CaseTasks).SingleOrDefaultAsync(t => t.Id == taskId, ct)
                   ?? throw new DomainException("Không tìm thấy nhiệm vụ.");
        await actor.DemandOnAsync(permission, tree, [task.LeadUnitId, .. task.CoordinatingUnits.Select(c => c.UnitId)],
                                  concernsPerson: workflowActor.PersonId is { } me && (task.AssigneeId == me || task.Participants.Any(p => p.PersonId == me)), ct,
                                  assignedByPerson: task.IsAssigner(workflowActor));
        if (db.VersionOf(task) != version) throw new ConcurrencyConflictException(ConflictMessage);
        db.ExpectVersion(task, version);
        // A stand-in's step says so in the audit trail too (the history says it through the capacity); set for this step's
        // flow only, the caller's ambient actor is left as it was.
        if (actor.Acting is { } standIn)
        {
            var current = AuditActor.Current ?? new AuditActor(actor.UserId, actor.DisplayName, null);
            AuditActor.Current = current with { UserName = $"{current.UserName ?? actor.DisplayName} ({standIn.Capacity})" };
        }
        var context = new StepContext(db, task, workflowActor, clock.GetUtcNow());
        context.AlsoConcerns(units: [task.LeadUnitId]);
        await step(context);
        var rules = await profiles.ForUnitAsync(task.LeadUnitId, ct);
        task.PlanUpdateDeadlines(rules.AnswerEntryRule, rules.Review, await calendars.ForUnitAsync(task.LeadUnitId, ct));
        NotifiedInboxes notified;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                throw new ConcurrencyConflictException(ConflictMessage);
            }
            // Notifications are written in the same transaction, once the tasks they point to have their ids.
            notified = await context.WriteNotificationsAsync(ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        PortalMetrics.Steps.Add(1, new KeyValuePair<string, object?>("action", permission.ToString()), new KeyValuePair<string, object?>("kind", task.Kind.ToString()));
        notifier.Publish(context.Change(action));
        notifier.PublishNotifications(notified.People, notified.Units);
    }

    private sealed class StepContext(PortalDbContext db, CaseTask task, WorkflowActor actor, DateTimeOffset now)
    {
        private readonly HashSet<int> _units = [];
        private readonly HashSet<int> _people = [];
        private readonly List<(CaseTask Task, NotificationKind Kind, Audience Audience)> _notifications = [];

        public void Notify(CaseTask about, NotificationKind kind, Audience audience) => _notifications.Add((about, kind, audience));

        public async Task<NotifiedInboxes> WriteNotificationsAsync(CancellationToken ct)
        {
            var everyone = new HashSet<int>();
            var units = new HashSet<int>();
            var unitAccounts = await NotificationService.UnitAccountsAmongAsync(db,
                [.. _notifications.Where(n => n.Audience.HasFlag(Audience.LeadUnitLeaders)).Select(n => n.Task.LeadUnitId).Distinct()], ct);
            foreach (var (about, kind, audience) in _notifications)
            {
                foreach (var recipient in await NotificationService.RecipientsAsync(db, about, audience, actor.PersonId, ct))
                {
                    db.Notifications.Add(new Notification($"{kind}:{about.Id}:{now.UtcTicks}:{recipient}", recipient, kind, about.Id,
                        Notification.Label(kind), NotificationService.Describe(about), now));
                    everyone.Add(recipient);
                }
                // What the lead unit's leaders are told, its own account is told too — unless it took the step itself.
                if (audience.HasFlag(Audience.LeadUnitLeaders) && unitAccounts.Contains(about.LeadUnitId) && !actor.IsAccountOf(about.LeadUnitId))
                {
                    db.Notifications.Add(NotificationService.ToUnit(kind, about, about.LeadUnitId, now));
                    units.Add(about.LeadUnitId);
                }
            }
            return new NotifiedInboxes(everyone, units);
        }

        public PortalDbContext Db => db;
        public CaseTask Task => task;
        public WorkflowActor Actor => actor;
        public DateTimeOffset Now => now;

        public void AlsoConcerns(IEnumerable<int>? units = null, IEnumerable<int>? people = null)
        {
            _units.UnionWith(units ?? []);
            _people.UnionWith(people ?? []);
        }

        public TaskChange Change(string action)
        {
            _units.Add(task.LeadUnitId);
            _units.UnionWith(task.CoordinatingUnits.Select(c => c.UnitId));
            _people.UnionWith(task.Participants.Select(p => p.PersonId));
            _people.UnionWith(new[] { task.AssigneeId, task.TrackingSpecialistId, task.TrackingLeaderId }.OfType<int>());
            return new TaskChange(task.Id, action, _units, _people, actor.PersonId);
        }
    }
}
