namespace Portal.Data;

/// <summary>One execution of a scheduled job, for the administrators' jobs page.</summary>
public sealed class JobRun
{
    public long Id { get; set; }
    public string Job { get; set; } = "";
    public string Node { get; set; } = "";
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset FinishedAt { get; set; }
    public bool Succeeded { get; set; }
    public string Result { get; set; } = "";
}
