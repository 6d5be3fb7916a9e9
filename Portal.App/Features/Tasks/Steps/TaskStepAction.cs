using MudBlazor;
using Portal.Domain.Cases;

namespace Portal.App.Features.Tasks.Steps;

/// <summary>
/// One entry of the task page's catalogue of steps: the button (shown when the guard table allows its step), and either
/// the form that opens under it or, for a step without input, what runs at once.
/// </summary>
/// <param name="Key">Names the button's element id (<c>action-{Key}</c>).</param>
/// <param name="Form">A component deriving from <see cref="TaskStepForm"/>, or null for a step run at once.</param>
/// <param name="Parameters">Further parameters of the form (labels, the call it makes).</param>
/// <param name="RunAtOnce">The call of a step without a form, and what the user is told when it is done.</param>
public sealed record TaskStepAction(
    string Key,
    CaseStep Step,
    string Button,
    string Title,
    Color Color,
    Variant Variant,
    Type? Form,
    IReadOnlyDictionary<string, object?>? Parameters = null,
    TaskStepCall? RunAtOnce = null,
    string? Done = null);
