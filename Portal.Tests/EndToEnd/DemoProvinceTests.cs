using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Seeding;
using Portal.Data;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Units;

namespace Portal.Tests.EndToEnd;

/// <summary>The demo province as the running application seeded it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DemoProvinceTests(PortalAppFixture app)
{
    [Fact]
    public async Task The_press_digests_of_the_last_ten_working_days_are_seeded_each_with_its_items()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(ct);
        var today = Portal.Domain.VietnamTime.DateOf(app.Services.GetRequiredService<TimeProvider>().GetUtcNow());
        var calendar = await app.Services.GetRequiredService<Portal.App.Infrastructure.CalendarCache>().ForProvinceAsync(null, ct);
        var expected = new List<DateOnly>();
        for (var day = today.AddDays(-1); expected.Count < 10; day = day.AddDays(-1))
        {
            if (calendar.IsWorkingDay(day)) expected.Add(day);
        }

        var digests = await db.PressDigests.Where(d => d.Date < today).Select(d => new { d.Date, Items = d.Items.Count() }).ToListAsync(ct);

        Assert.Equal(expected.Order(), digests.Select(d => d.Date).Order());
        Assert.All(digests, d => Assert.InRange(d.Items, 2, 4));
    }

    [Fact]
    public async Task Tasks_cover_every_stage_and_timeliness_of_the_status_rules()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(ct);
        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();

        var facts = await db.CaseTasks.Select(t => new { t.EffectiveDeadline, t.Started, t.LastSubmittedAt, t.LastDecision }).ToListAsync(ct);
        var seen = facts.Select(f => TaskStatusRules.Classify(f.EffectiveDeadline, f.Started, f.LastSubmittedAt, f.LastDecision, now)).ToHashSet();

        Assert.InRange(facts.Count, 1800, 2600);
        foreach (var stage in Enum.GetValues<TaskStage>())
            foreach (var timeliness in Enum.GetValues<Timeliness>())
            {
                Assert.Contains(new TaskProgress(stage, timeliness), seen);
            }
    }

    [Fact]
    public async Task Every_task_history_reads_in_time_order_and_its_last_entry_carries_the_rows_status_facts()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(ct);
        var rows = await db.CaseTasks
            .Select(t => new { t.Id, t.State, t.LeadUnitId, t.EffectiveDeadline, t.Started, t.LastSubmittedAt, t.LastDecision, t.LastHistoryAt })
            .ToDictionaryAsync(t => t.Id, ct);
        var history = (await db.CaseTasks.SelectMany(t => t.History)
                .Select(h => new { h.TaskId, h.Id, h.At, h.ToState, h.LeadUnitId, h.Deadline, h.Started, h.SubmittedAt, h.Decision })
                .ToListAsync(ct))
            .OrderBy(h => h.Id)
            .GroupBy(h => h.TaskId)
            .ToDictionary(g => g.Key, g => g.ToList());

        Assert.Equal(rows.Count, history.Count);
        foreach (var (id, entries) in history)
        {
            for (var i = 1; i < entries.Count; i++)
            {
                Assert.True(entries[i].At >= entries[i - 1].At,
                    $"Task {id}: entry {entries[i].Id} at {entries[i].At:O} is dated before entry {entries[i - 1].Id} at {entries[i - 1].At:O}");
            }
            var row = rows[id];
            var last = entries[^1];
            Assert.Equal((row.State, row.LeadUnitId, row.EffectiveDeadline, row.Started, row.LastSubmittedAt, row.LastDecision, row.LastHistoryAt),
                         (last.ToState, last.LeadUnitId ?? 0, last.Deadline, last.Started, last.SubmittedAt, last.Decision, (DateTimeOffset?)last.At));
        }
    }

    [Fact]
    public async Task The_province_has_the_expected_shape_accounts_and_official_calendar()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(ct);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();

        Assert.InRange(await db.People.CountAsync(ct), 250, 350);
        Assert.InRange(await db.Units.CountAsync(u => u.Kind == UnitKind.Department, ct), 18, 25);
        Assert.True(await db.Units.AnyAsync(u => u.Kind == UnitKind.Commune, ct));
        Assert.True(await db.Units.AnyAsync(u => u.Kind == UnitKind.District && u.Status == UnitStatus.Merged, ct));
        foreach (var (userName, role, _) in DemoSeeder.Accounts.Append(DemoSeeder.UnitAccount))
        {
            var user = await users.FindByNameAsync(userName);
            Assert.NotNull(user);
            Assert.True(await users.IsInRoleAsync(user, role), $"{userName} should be {role}");
            Assert.True(await users.CheckPasswordAsync(user, DemoSeeder.DemoPassword));
        }
        var calendar = CalendarDay.ToCalendar(await db.CalendarDays.ToListAsync(ct));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 2, 17)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 8, 22)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 2, 8)));
    }

    [Fact]
    public async Task Seeding_again_changes_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = app.Services.CreateAsyncScope();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        int tasksBefore, peopleBefore;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            tasksBefore = await db.CaseTasks.CountAsync(ct);
            peopleBefore = await db.People.CountAsync(ct);
        }

        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(ct);

        await using var after = await factory.CreateDbContextAsync(ct);
        Assert.Equal(tasksBefore, await after.CaseTasks.CountAsync(ct));
        Assert.Equal(peopleBefore, await after.People.CountAsync(ct));
    }
}
