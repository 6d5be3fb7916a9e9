using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.App.Features.Notifications;
using Portal.Data;
using Portal.Domain.Notifications;
using Portal.Tests.TestSupport;
using static Portal.Tests.TestSupport.TestClock;

namespace Portal.Tests.Data;

public sealed class MailOutboxTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private SampleData _data = null!;

    private sealed class RecordingSender(bool fail) : IMailSender
    {
        public List<(string To, string Subject)> Sent { get; } = [];

        public Task SendAsync(string to, string subject, string body, CancellationToken ct)
        {
            if (fail) throw new MailNotSentException("Máy chủ thư không phản hồi");
            Sent.Add((to, subject));
            return Task.CompletedTask;
        }
    }

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = _database.CreateDbContext();
        _data = await SampleData.SeedAsync(db);
        _data.FinanceSpecialist.Email = "huong@demo.gov.vn";
        db.Notifications.AddRange(
            new Notification("1", _data.FinanceSpecialist.Id, NotificationKind.Overdue, null, "Quá hạn", "Nhiệm vụ A quá hạn", Vn(2026, 11, 26)),
            new Notification("2", _data.FinanceSpecialist.Id, NotificationKind.NewTask, null, "Nhiệm vụ mới", "Nhiệm vụ B", Vn(2026, 11, 26)),
            new Notification("3", _data.FinanceLeader.Id, NotificationKind.Overdue, null, "Quá hạn", "Không có địa chỉ thư", Vn(2026, 11, 26)));
        await db.SaveChangesAsync();
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private MailOutbox Outbox(MailSettings settings, IMailSender sender) =>
        new(_database, Options.Create(settings), sender, TestClock.At(2026, 11, 26, 10), NullLogger<MailOutbox>.Instance);

    private async Task<int> PendingAsync()
    {
        await using var db = _database.CreateDbContext();
        return await db.Notifications.CountAsync(n => n.MailedAt == null, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task With_mail_off_nothing_is_sent_and_the_outbox_empties()
    {
        var sender = new RecordingSender(fail: false);

        await Outbox(new MailSettings { Enabled = false }, sender).SendPendingAsync(TestContext.Current.CancellationToken);

        Assert.Empty(sender.Sent);
        Assert.Equal(0, await PendingAsync());
    }

    [Fact]
    public async Task With_mail_on_the_chosen_kinds_go_to_people_with_an_address()
    {
        var sender = new RecordingSender(fail: false);
        var settings = new MailSettings { Enabled = true, Host = "smtp", From = "portal@demo.gov.vn", Kinds = [NotificationKind.Overdue] };

        await Outbox(settings, sender).SendPendingAsync(TestContext.Current.CancellationToken);

        Assert.Equal([("huong@demo.gov.vn", "[Portal] Quá hạn")], sender.Sent);
        Assert.Equal(0, await PendingAsync());
    }

    [Fact]
    public async Task A_mail_server_failure_keeps_the_mail_in_the_outbox_and_the_notifications_on_the_bell()
    {
        var settings = new MailSettings { Enabled = true, Host = "smtp", From = "portal@demo.gov.vn" };

        var result = await Outbox(settings, new RecordingSender(fail: true)).SendPendingAsync(TestContext.Current.CancellationToken);

        Assert.Contains("2 thư lỗi", result);
        Assert.Equal(2, await PendingAsync());
        await using var db = _database.CreateDbContext();
        Assert.Equal(3, await db.Notifications.CountAsync(TestContext.Current.CancellationToken));
    }
}
