using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Notifications;

namespace Portal.App.Features.Notifications;

/// <summary>Sends one e-mail.</summary>
public interface IMailSender
{
    Task SendAsync(string to, string subject, string body, CancellationToken ct);
}
