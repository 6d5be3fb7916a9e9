using System.ComponentModel.DataAnnotations;

namespace Portal.App.Infrastructure;

/// <summary>The <c>Scheduler</c> settings: whether this server runs the reminder jobs, and how servers share them.</summary>
public sealed class SchedulerOptions
{
    public const string Section = "Scheduler";

    public bool Enabled { get; set; } = true;

    /// <summary>Quartz's clustered job store in the portal's database (PostgreSQL or SQL Server), for several servers.</summary>
    public bool Clustered { get; set; }

    /// <summary>How often a clustered server says it is alive; another takes over after twice as long.</summary>
    [Range(1, 300, ErrorMessage = "Scheduler:CheckinSeconds phải từ 1 đến 300 giây.")]
    public int CheckinSeconds { get; set; } = 10;

    /// <summary>The name the jobs page shows for this server (default: the machine's name).</summary>
    [StringLength(100, ErrorMessage = "Scheduler:NodeName dài tối đa 100 ký tự.")]
    public string? NodeName { get; set; }

    public static SchedulerOptions From(IConfiguration configuration) => configuration.GetSection(Section).Get<SchedulerOptions>() ?? new();
}
