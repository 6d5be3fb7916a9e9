using Portal.App.Features.Tasks;
using Portal.Domain.Security;

namespace Portal.App.Features.Desk;

public sealed record DeskSection(TaskView View, string Title, string Description, bool Alert, int Count, IReadOnlyList<TaskRow> Top)
{
    public string Link => $"/tasks?view={View}";
}
