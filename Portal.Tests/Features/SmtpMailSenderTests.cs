using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Options;
using MimeKit;
using Portal.App.Features.Notifications;

namespace Portal.Tests.Features;

/// <summary>The notices' e-mail goes out through MailKit to a real SMTP conversation (a small server on a loopback port).</summary>
public sealed class SmtpMailSenderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Answers one SMTP session; <paramref name="refuseRecipient"/> answers 550 to RCPT. Returns the message's data.</summary>
    private static async Task<string?> ServeAsync(TcpListener listener, bool refuseRecipient)
    {
        using var client = await listener.AcceptTcpClientAsync(Ct);
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 thu.tinh.gov.vn ESMTP");
        string? data = null;
        while (await reader.ReadLineAsync(Ct) is { } line)
        {
            var command = line.Split(' ')[0].ToUpperInvariant();
            switch (command)
            {
                case "EHLO":
                    await writer.WriteLineAsync("250-thu.tinh.gov.vn\r\n250-8BITMIME\r\n250 SMTPUTF8");
                    break;
                case "RCPT" when refuseRecipient:
                    await writer.WriteLineAsync("550 5.1.1 Không có hộp thư này");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 Gửi nội dung");
                    var body = new StringBuilder();
                    while (await reader.ReadLineAsync(Ct) is { } part && part != ".") body.Append(part.StartsWith("..", StringComparison.Ordinal) ? part[1..] : part).Append("\r\n");
                    data = body.ToString();
                    await writer.WriteLineAsync("250 2.0.0 Đã nhận");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 2.0.0 Tạm biệt");
                    return data;
                default:
                    await writer.WriteLineAsync("250 OK");
                    break;
            }
        }
        return data;
    }

    private static SmtpMailSender Sender(int port) => new(Options.Create(new MailSettings
    {
        Enabled = true,
        Host = "127.0.0.1",
        Port = port,
        EnableSsl = false,
        From = "portal@tinh.gov.vn",
    }));

    [Fact]
    public async Task A_notice_is_sent_over_SMTP_with_its_Vietnamese_subject_and_body_to_the_recipient()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var server = ServeAsync(listener, refuseRecipient: false);
            await Sender(((IPEndPoint)listener.LocalEndpoint).Port)
                .SendAsync("truongphong@so-tc.gov.vn", "[Portal] Nhiệm vụ mới", "Sở Tài chính được giao nhiệm vụ mới.\n\nXem trên Bàn làm việc điện tử: /tasks/7", Ct);

            var data = await server;
            Assert.NotNull(data);
            using var message = await MimeMessage.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(data)), Ct);
            Assert.Equal("[Portal] Nhiệm vụ mới", message.Subject);
            Assert.Equal("portal@tinh.gov.vn", Assert.Single(message.From.Mailboxes).Address);
            Assert.Equal("truongphong@so-tc.gov.vn", Assert.Single(message.To.Mailboxes).Address);
            Assert.Contains("Sở Tài chính được giao nhiệm vụ mới.", message.TextBody);
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public async Task A_recipient_the_server_refuses_is_reported_as_not_sent_so_the_notice_stays_in_the_outbox()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var server = ServeAsync(listener, refuseRecipient: true);
            var error = await Assert.ThrowsAsync<MailNotSentException>(() =>
                Sender(((IPEndPoint)listener.LocalEndpoint).Port).SendAsync("khong-co@so-tc.gov.vn", "[Portal] Nhiệm vụ mới", "Nội dung", Ct));
            Assert.Contains("khong-co@so-tc.gov.vn", error.Message);
            listener.Stop();
            await Task.WhenAny(server, Task.Delay(5000, Ct));
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public async Task A_server_that_cannot_be_reached_is_reported_as_not_sent()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await Assert.ThrowsAsync<MailNotSentException>(() => Sender(port).SendAsync("a@tinh.gov.vn", "Tiêu đề", "Nội dung", Ct));
    }
}
