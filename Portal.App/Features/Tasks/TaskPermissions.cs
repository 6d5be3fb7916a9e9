using Portal.Domain.Cases;

namespace Portal.App.Features.Tasks;

/// <summary>
/// What the person viewing the task may do with it now: the steps the guard table allows them, as the transitions check them.
/// A plain collection, so the task page can carry it from the prerender into the circuit (JSON); the steps still run their checks.
/// </summary>
public sealed record TaskPermissions(IReadOnlyCollection<CaseStep> Steps)
{
    public static TaskPermissions None { get; } = new([]);

    public bool Allows(CaseStep step) => Steps.Contains(step);

    public bool Any => Steps.Count > 0;

    public bool Receive => Allows(CaseStep.Receive);
    public bool Return => Allows(CaseStep.Return);
    public bool Redirect => Allows(CaseStep.Redirect);
    public bool Delegate => Allows(CaseStep.Delegate);
    public bool Draft => Allows(CaseStep.SubmitDraft);
    public bool ReviewDraft => Allows(CaseStep.Approve);
    public bool Confirm => Allows(CaseStep.Confirm);
    public bool FileProgress => Allows(CaseStep.FileProgress);
    public bool Contribute => Allows(CaseStep.Contribute);
    public bool RequestExtension => Allows(CaseStep.RequestExtension);
    public bool DecideExtension => Allows(CaseStep.DecideExtension);

    public static TaskPermissions For(CaseTask task, WorkflowActor? actor) => actor is null
        ? None
        : new(Enum.GetValues<CaseStep>().Where(step => task.Can(step, actor)).ToHashSet());
}
