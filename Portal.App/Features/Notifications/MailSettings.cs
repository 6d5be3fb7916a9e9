using System.Net.Mail;
using Portal.Data;
using Portal.Domain.Notifications;

namespace Portal.App.Features.Notifications;

/// <summary>SMTP settings (<c>Mail:*</c>); off by default. Kinds empty = every kind.</summary>
public sealed class MailSettings : System.ComponentModel.DataAnnotations.IValidatableObject
{
    public bool Enabled { get; set; }
    public string Host { get; set; } = "";
    public int Port { get; set; } = 25;
    public bool EnableSsl { get; set; } = true;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "";
    public List<NotificationKind> Kinds { get; set; } = [];

    public IEnumerable<System.ComponentModel.DataAnnotations.ValidationResult> Validate(System.ComponentModel.DataAnnotations.ValidationContext validationContext)
    {
        if (!Enabled) yield break;
        if (string.IsNullOrWhiteSpace(Host)) yield return new("Mail:Host không được để trống khi Mail:Enabled là true.", [nameof(Host)]);
        if (Port is < 1 or > 65535) yield return new("Mail:Port phải từ 1 đến 65535.", [nameof(Port)]);
        if (!MailAddress.TryCreate(From, out _)) yield return new("Mail:From phải là một địa chỉ thư điện tử.", [nameof(From)]);
    }
}
