namespace Portal.Domain.Cases;

public readonly record struct TaskProgress(TaskStage Stage, Timeliness Timeliness)
{
    public string Label => TaskStatusRules.Label(this);
}
