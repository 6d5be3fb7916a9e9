using Portal.Domain;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.People;
using Portal.Domain.Security;
using Portal.Domain.Units;

namespace Portal.App.Features.Seeding;

/// <summary>
/// Plays a task's life through the domain transitions up to a chosen point before "now", so that seeded
/// tasks carry the same history and fields as real ones. With <c>settledAfterDays</c>, tasks whose deadline passed longer
/// ago than that are almost all closed, as in a register that has run for years.
/// </summary>
internal sealed class TaskSimulation(
    Random random,
    WorkingCalendar calendar,
    DateTimeOffset now,
    IReadOnlyDictionary<Unit, Person> leaders,
    IReadOnlyDictionary<Unit, List<Person>> specialists,
    int settledAfterDays = 0,
    UpdateDeadline? answerEntry = null,
    UpdateDeadline? review = null)
{
    private readonly UpdateDeadline _answerEntry = answerEntry ?? UpdateDeadline.Hue;
    public enum Scenario { New, DelegatedDueSoon, DraftPending, DelegatedOverdue }

    private enum Outcome { Assigned, Received, Returned, Delegated, Draft, Submitted, Accepted, RejectedThenWorking }

    private readonly DateOnly _today = VietnamTime.DateOf(now);

    public CaseTask Create(DirectiveDocument document, Unit lead, DateTimeOffset assignedAt, Person tracker, Person leader, string content)
    {
        var assignedOn = VietnamTime.DateOf(assignedAt);
        DateOnly? deadline = random.Next(100) < 12 ? null : calendar.AddWorkingDays(assignedOn, random.Next(3, 45));
        var task = NewTask(document, lead, assignedAt, tracker, leader, content, deadline);
        // Tasks without a deadline report when done, or — one in three — every quarter, half-year or year (hue-71 Điều 7.2c).
        if (deadline is null && random.Next(3) == 0) task.SetReportingCycle((ReportingCycle)random.Next(1, 4));
        return Live(task, lead, assignedAt);
    }

    /// <summary>
    /// Plays a case made elsewhere (a press incident, a citizen's question — any kind with its own source) up to a point
    /// before "now", as <see cref="Create"/> does for a directive task.
    /// </summary>
    public CaseTask Live(CaseTask task, Unit lead, DateTimeOffset assignedAt)
    {
        var due = task.Deadline ?? calendar.AddWorkingDays(VietnamTime.DateOf(assignedAt), 30);
        var pastDue = due < _today;
        var roll = random.Next(100);
        // Years-old work is closed but for a few tasks left lingering (when the simulation is asked to settle it).
        var settled = settledAfterDays > 0 && due < _today.AddDays(-settledAfterDays);
        var outcome = settled
            ? roll switch { < 97 => Outcome.Accepted, < 98 => Outcome.Delegated, < 99 => Outcome.Received, _ => Outcome.Submitted }
            : pastDue
            ? roll switch { < 58 => Outcome.Accepted, < 66 => Outcome.Submitted, < 74 => Outcome.Delegated, < 78 => Outcome.Draft, < 82 => Outcome.RejectedThenWorking, < 90 => Outcome.Received, < 97 => Outcome.Assigned, _ => Outcome.Returned }
            : roll switch { < 15 => Outcome.Accepted, < 25 => Outcome.Submitted, < 50 => Outcome.Delegated, < 58 => Outcome.Draft, < 62 => Outcome.RejectedThenWorking, < 78 => Outcome.Received, < 96 => Outcome.Assigned, _ => Outcome.Returned };
        // A late submission for about a quarter of the finished past-due tasks.
        var submitLate = pastDue && random.Next(100) < 25;
        Play(task, lead, assignedAt, due, outcome, submitLate);
        return task;
    }

    public CaseTask CreateCompleted(DirectiveDocument document, Unit lead, DateTimeOffset assignedAt, Person tracker, Person leader, string content)
    {
        var deadline = calendar.AddWorkingDays(VietnamTime.DateOf(assignedAt), 15);
        var task = NewTask(document, lead, assignedAt, tracker, leader, content, deadline);
        Play(task, lead, assignedAt, deadline, Outcome.Accepted, submitLate: false);
        return task;
    }

    public CaseTask CreateScenario(DirectiveDocument document, Unit lead, Person specialist, Person tracker, Person leader,
                                        string content, Scenario scenario)
    {
        var assignedAt = now.AddDays(-2) > VietnamTime.At(document.IssueDate, new TimeOnly(9, 0)) ? now.AddDays(-2) : now.AddHours(-1);
        var assignedOn = VietnamTime.DateOf(assignedAt);
        var deadline = scenario switch
        {
            Scenario.DelegatedDueSoon => calendar.AddWorkingDays(_today, random.Next(1, 4)),
            Scenario.DelegatedOverdue => _today.AddDays(-random.Next(2, 10)),
            _ => calendar.AddWorkingDays(_today, random.Next(5, 20)),
        };
        // An overdue scenario was assigned long enough ago for its deadline to have been legal.
        if (scenario == Scenario.DelegatedOverdue)
        {
            assignedOn = calendar.AddWorkingDays(deadline.AddDays(-20), 0);
            assignedAt = VietnamTime.At(assignedOn, new TimeOnly(9, 30));
        }
        // The desk's scenarios go through the report cycle: they need a report.
        var task = NewTask(document, lead, assignedAt, tracker, leader, content, deadline, reportRequired: true);
        if (scenario == Scenario.New) return task;
        var leaderOfUnit = LeaderOf(lead);
        // Steps an hour apart, closer when the task was assigned within the last hours.
        var gap = TimeSpan.FromTicks(Math.Min(TimeSpan.FromHours(1).Ticks, (now - assignedAt).Ticks / 4));
        task.Receive(leaderOfUnit, assignedAt + gap);
        task.Delegate(leaderOfUnit, assignedAt + 2 * gap, specialist.Id, []);
        if (scenario == Scenario.DraftPending)
        {
            task.MarkOpenedByAssignee(assignedAt + 3 * gap);
            task.SubmitDraft(SpecialistActor(specialist, lead), Max(Min(assignedAt.AddHours(20), now.AddMinutes(-5)), assignedAt + 3 * gap),
                new ReportDraft("Báo cáo kết quả thực hiện: đơn vị đã triển khai, đề nghị UBND tỉnh xem xét."));
        }
        return task;
    }

    private CaseTask NewTask(DirectiveDocument document, Unit lead, DateTimeOffset assignedAt, Person tracker, Person leader,
                                  string content, DateOnly? deadline, bool? reportRequired = null) =>
        new(document, content, lead.Id, deadline, reportRequired ?? random.Next(100) < 85, assignedAt, tracker.Id, calendar)
        {
            TrackingSpecialistId = tracker.Id,
            TrackingLeaderId = leader.Id,
        };

    // Every step is dated after the one before it and before "now"; a life that runs out of time stops where it is.
    private void Play(CaseTask task, Unit lead, DateTimeOffset assignedAt, DateOnly due, Outcome outcome, bool submitLate)
    {
        if (outcome == Outcome.Assigned) return;
        var leader = LeaderOf(lead);
        var staff = specialists[lead];
        var person = staff[random.Next(staff.Count)];
        var specialist = SpecialistActor(person, lead);
        var tracker = WorkflowActor.Of(task.TrackingSpecialistId!.Value, null, PortalRoles.TrackingSpecialist);
        if (Later(assignedAt, 2, 30) is not { } at) return;
        if (outcome == Outcome.Returned)
        {
            task.ReturnToAssigner(leader, at, "Nội dung không thuộc chức năng, nhiệm vụ của đơn vị; đề nghị giao đơn vị khác chủ trì.");
            return;
        }
        task.Receive(leader, at);
        if (outcome == Outcome.Received || Later(at, 4, 48) is not { } delegatedAt) return;
        at = delegatedAt;
        var coordinating = staff.Count > 1 && random.Next(3) == 0 ? [staff.First(p => p != person).Id] : Array.Empty<int>();
        task.Delegate(leader, at, person.Id, coordinating);
        if ((at < now.AddDays(-2) || random.Next(2) == 0) && Later(at, 1, 20) is { } openedAt) task.MarkOpenedByAssignee(openedAt);
        if (random.Next(100) < 30 && Later(at, 24, 200) is { } progressAt && (submitLate || VietnamTime.DateOf(progressAt) <= due))
        {
            at = progressAt;
            var late = task.EffectiveDeadline is { } d && d < _today;
            task.FileProgress(specialist, at, "Đơn vị đang phối hợp các cơ quan liên quan để triển khai.",
                late ? "Cần thêm thời gian lấy ý kiến các sở, ngành liên quan." : null,
                late ? "Đề nghị UBND tỉnh cho phép lùi thời hạn báo cáo." : null);
        }
        if (task.EffectiveDeadline is { } deadline && random.Next(100) < 10 && VietnamTime.At(deadline, new TimeOnly(8, 0)) > at.AddDays(1)
            && Later(at, 20, 60) is { } requestedAt && requestedAt < now.AddHours(-2))
        {
            at = requestedAt;
            task.RequestExtension(leader, at, calendar.AddWorkingDays(deadline, random.Next(5, 15)),
                "Nội dung phức tạp, cần thêm thời gian phối hợp với các cơ quan liên quan.", null);
            if (random.Next(100) < 80 && Later(at, 2, 30) is { } decidedAt)
            {
                at = decidedAt;
                var approve = random.Next(100) < 85;
                task.DecideExtension(tracker, at, approve, approve ? null : "Nhiệm vụ cấp bách, đề nghị đơn vị bảo đảm thời hạn.");
                due = task.EffectiveDeadline ?? due;
            }
        }
        if (outcome == Outcome.Delegated || task.PendingExtension is not null) return;

        // The submission day: before or on the deadline, or a few working days after it.
        var submitOn = submitLate
            ? calendar.AddWorkingDays(due, random.Next(1, 8))
            : PickDay(VietnamTime.DateOf(at), due);
        var submitAt = VietnamTime.At(submitOn, new TimeOnly(9 + random.Next(8), random.Next(60)));
        if (submitAt <= at) submitAt = at.AddHours(2);
        if (submitAt >= now) submitAt = Min(at.AddHours(6), now.AddMinutes(-30));
        if (submitAt <= at) return;
        if (!task.ReportRequired)
        {
            // No draft cycle (hue-71 Điều 4.1): the tracker records the work done; what was not finished stays at work.
            if (outcome is Outcome.Accepted) task.RecordCompletion(tracker, submitAt, null);
            return;
        }
        // Most answers are entered the day they are signed; some a few days later, after the profile's limit.
        var signedOn = VietnamTime.DateOf(submitAt).AddDays(random.Next(100) < 85 ? 0 : -random.Next(2, 8));
        var draftAt = submitAt.AddHours(-1) > at ? submitAt.AddHours(-1) : at + (submitAt - at) / 2;
        if (signedOn > VietnamTime.DateOf(draftAt)) signedOn = VietnamTime.DateOf(draftAt);
        if (signedOn < VietnamTime.DateOf(at)) signedOn = VietnamTime.DateOf(at);
        var report = new ReportDraft("Báo cáo kết quả thực hiện nhiệm vụ: đơn vị đã hoàn thành các nội dung được giao.",
            "Báo cáo", $"{random.Next(10, 999)}/BC-{lead.Code}", "Báo cáo kết quả thực hiện nhiệm vụ UBND tỉnh giao",
            signedOn, leaders[lead].FullName);
        task.SubmitDraft(specialist, draftAt, report);
        task.PlanUpdateDeadlines(_answerEntry, review, calendar);
        if (outcome == Outcome.Draft) return;
        task.ApproveAndSubmit(leader, submitAt);
        task.PlanUpdateDeadlines(_answerEntry, review, calendar);
        if (outcome == Outcome.Submitted || Later(submitAt, 4, 60) is not { } reviewAt) return;
        if (outcome == Outcome.RejectedThenWorking)
        {
            task.Confirm(tracker, reviewAt, ReviewDecision.Rejected, "Báo cáo chưa đầy đủ số liệu, đề nghị bổ sung.");
            return;
        }
        task.Confirm(tracker, reviewAt, ReviewDecision.Accepted, null);
    }

    private WorkflowActor LeaderOf(Unit unit) => WorkflowActor.Of(leaders[unit].Id, unit.Id, PortalRoles.UnitLeader);

    private static WorkflowActor SpecialistActor(Person person, Unit unit) => WorkflowActor.Of(person.Id, unit.Id, PortalRoles.UnitSpecialist);

    private DateOnly PickDay(DateOnly from, DateOnly to)
    {
        var last = to < _today ? to : _today;
        if (last <= from) return from;
        var span = last.DayNumber - from.DayNumber;
        return calendar.AddWorkingDays(from.AddDays(random.Next(span + 1) - 1), 0) is var d && d <= last ? d : last;
    }

    // A moment some hours after `after` and before "now" (ten minutes after it when the hours don't fit), or none when
    // "now" is too close for another step.
    private DateTimeOffset? Later(DateTimeOffset after, int minHours, int maxHours)
    {
        var candidate = after.AddHours(random.Next(minHours, maxHours));
        if (candidate < now) return candidate;
        candidate = after.AddMinutes(10);
        return candidate < now ? candidate : null;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
