using Portal.App.Features.Tasks;
using Portal.Domain.Security;

namespace Portal.App.Features.Desk;

public sealed record DeskSection(TaskView View, string Title, string Description, bool Alert, int Count, IReadOnlyList<TaskRow> Top)
{
    /// <summary>The section's count by kind (directive tasks, press-reported incidents, citizens' questions), when it holds more than directives.</summary>
    public IReadOnlyList<KindCount> ByKind { get; init; } = [];

    public string Link => $"/tasks?view={View}";

    public string LinkOf(Portal.Domain.Cases.CaseKind kind) => $"/tasks?view={View}&kind={kind}";
}
