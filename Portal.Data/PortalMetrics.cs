using System.Diagnostics.Metrics;

namespace Portal.Data;

/// <summary>
/// The portal's own counters (issue 17), on the meter <see cref="MeterName"/> that the app's OpenTelemetry exports: case steps
/// taken, notices written, e-mails sent or failed. Without a listener they cost nothing.
/// </summary>
public static class PortalMetrics
{
    public const string MeterName = "Portal";

    public static readonly Meter Meter = new(MeterName);

    /// <summary>A step of the case engine saved, by its action and the case's kind.</summary>
    public static readonly Counter<long> Steps = Meter.CreateCounter<long>("portal.case.steps", "{step}", "Case steps saved, by action and kind");

    /// <summary>Notices written to desks, by kind (counted by the context when they are saved).</summary>
    public static readonly Counter<long> Notices = Meter.CreateCounter<long>("portal.notices.created", "{notice}", "Notices written, by kind");

    public static readonly Counter<long> MailSent = Meter.CreateCounter<long>("portal.mail.sent", "{message}", "Notice e-mails the server took");

    public static readonly Counter<long> MailFailed = Meter.CreateCounter<long>("portal.mail.failed", "{message}", "Notice e-mails not sent (kept in the outbox)");
}
