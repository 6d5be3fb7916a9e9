using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Portal.Data;

namespace Portal.App.Features.Notifications;

/// <summary>
/// Sends through the province's SMTP server with MailKit: TLS on connect for port 465, STARTTLS otherwise when
/// <see cref="MailSettings.EnableSsl"/>, plain SMTP when it is off; a login when a user name is set; UTF-8 plain text.
/// </summary>
internal sealed class SmtpMailSender(Microsoft.Extensions.Options.IOptions<MailSettings> settings) : IMailSender
{
    public async Task SendAsync(string to, string subject, string body, CancellationToken ct)
    {
        var s = settings.Value;
        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(s.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart(MimeKit.Text.TextFormat.Plain) { Text = body };
        using var client = new MailKit.Net.Smtp.SmtpClient { Timeout = 30_000 };
        try
        {
            var security = !s.EnableSsl ? SecureSocketOptions.None : s.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
            await client.ConnectAsync(s.Host, s.Port, security, ct);
            if (!string.IsNullOrEmpty(s.UserName)) await client.AuthenticateAsync(s.UserName, s.Password ?? "", ct);
            await client.SendAsync(message, ct);
            await client.DisconnectAsync(quit: true, ct);
        }
        catch (Exception e) when (e is MailKit.CommandException or MailKit.ProtocolException or MailKit.ServiceNotConnectedException
                                   or AuthenticationException or System.Net.Sockets.SocketException or IOException or ParseException)
        {
            throw new MailNotSentException($"Thư tới {to} chưa gửi được: {e.Message}", e);
        }
    }
}

/// <summary>
/// The e-mail copies of notifications, sent from an outbox by a job: the in-app notification is stored first and
/// never waits for, or depends on, the mail server. A failed send stays in the outbox for the next run.
/// </summary>
public sealed class MailOutbox(IDbContextFactory<PortalDbContext> dbFactory, Microsoft.Extensions.Options.IOptions<MailSettings> settings,
                               IMailSender sender, TimeProvider clock, ILogger<MailOutbox> logger)
{
    private const int BatchSize = 200;

    public async Task<string> SendPendingAsync(CancellationToken ct = default)
    {
        var s = settings.Value;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var pending = await db.Notifications.Where(n => n.MailedAt == null).OrderBy(n => n.Id).Take(BatchSize).ToListAsync(ct);
        if (pending.Count == 0) return "Không có thư chờ gửi";
        var now = clock.GetUtcNow();
        if (!s.Enabled)
        {
            foreach (var n in pending) n.MarkMailed(now); // mail is off: nothing to send, nothing to keep waiting
            await db.SaveChangesAsync(ct);
            return "Gửi thư đang tắt";
        }
        var recipients = pending.Select(n => n.RecipientId).OfType<int>().Distinct().ToList();
        var emails = await db.People.AsNoTracking().Where(p => recipients.Contains(p.Id) && p.Email != null)
            .ToDictionaryAsync(p => p.Id, p => p.Email!, ct);
        // A unit account's notices go to the unit's account address (its user name is often the unit's e-mail, Khánh Hòa Điều 5.1a).
        var units = pending.Where(n => n.RecipientId == null).Select(n => n.RecipientUnitId).OfType<int>().Distinct().ToList();
        var unitEmails = (await db.Users.AsNoTracking().Where(u => u.PersonId == null && u.UnitId != null && units.Contains(u.UnitId.Value) && u.Email != null)
            .Select(u => new { Unit = u.UnitId!.Value, u.Email }).ToListAsync(ct))
            .GroupBy(u => u.Unit).ToDictionary(g => g.Key, g => g.First().Email!);
        int sent = 0, failed = 0;
        foreach (var n in pending)
        {
            var to = n.RecipientId is { } person ? emails.GetValueOrDefault(person)
                : n.RecipientUnitId is { } unit ? unitEmails.GetValueOrDefault(unit) : null;
            if ((s.Kinds.Count > 0 && !s.Kinds.Contains(n.Kind)) || to is null)
            {
                n.MarkMailed(now);
                continue;
            }
            try
            {
                var link = new NotificationRow(n.Id, n.Kind, n.Title, n.Message, n.TaskId, n.CreatedAt, false, n.QuestionId, n.ComplaintLetterId).Link;
                await sender.SendAsync(to, $"[Portal] {n.Title}", link is null ? n.Message : $"{n.Message}\n\nXem trên Bàn làm việc điện tử: {link}", ct);
                n.MarkMailed(now);
                sent++;
                PortalMetrics.MailSent.Add(1);
            }
            catch (Exception ex) when (ex is MailNotSentException or InvalidOperationException)
            {
                logger.LogWarning(ex, "E-mail of notification {Id} not sent; it stays in the outbox.", n.Id);
                failed++;
                PortalMetrics.MailFailed.Add(1);
            }
        }
        await db.SaveChangesAsync(ct);
        return $"{sent} thư đã gửi, {failed} thư lỗi (sẽ gửi lại)";
    }
}
