using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Notifications;

namespace Portal.App.Features.Notifications;

/// <summary>Sends one e-mail; a message the server did not take is a <see cref="MailNotSentException"/>.</summary>
public interface IMailSender
{
    Task SendAsync(string to, string subject, string body, CancellationToken ct);
}

/// <summary>The mail server refused, failed or could not be reached: the notice stays in the outbox for the next run.</summary>
public sealed class MailNotSentException(string message, Exception? inner = null) : IOException(message, inner);
