namespace Portal.Domain.Rules;

/// <summary>
/// To whom a task is reported after the last urging notice (hue-71 Điều 8.1e "báo cáo Chủ tịch UBND tỉnh"; other
/// provinces report to the provincial leader who tracks the task).
/// </summary>
public enum EscalationTarget
{
    /// <summary>The Chairman of the province's People's Committee (the head of its root unit).</summary>
    Chairman,
    /// <summary>The provincial leader who tracks the task.</summary>
    TrackingLeader,
}

public static class EscalationTargets
{
    public static string Label(EscalationTarget target) => target switch
    {
        EscalationTarget.Chairman => "Chủ tịch UBND tỉnh",
        _ => "lãnh đạo UBND tỉnh theo dõi",
    };
}
