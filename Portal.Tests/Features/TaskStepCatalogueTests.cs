using Portal.App.Features.Tasks;
using Portal.App.Features.Tasks.Steps;
using Portal.Domain.Cases;

namespace Portal.Tests.Features;

/// <summary>The task page's catalogue of steps: every step of the guard table reachable from the page, one way each.</summary>
public sealed class TaskStepCatalogueTests
{
    // Taken inside another step's form: saving a draft (the draft form), delegating to a sub-unit (the delegation form).
    private static readonly CaseStep[] InsideAnotherForm = [CaseStep.SaveDraft, CaseStep.DelegateToSubUnit];

    [Fact]
    public void Every_step_of_the_guard_table_has_a_button_or_lives_in_another_steps_form()
    {
        var offered = TaskStepCatalogue.All.Select(a => a.Step).Concat(InsideAnotherForm).ToHashSet();

        Assert.Equal(Enum.GetValues<CaseStep>().Order(), offered.Order());
    }

    [Fact]
    public void Each_entry_either_runs_at_once_or_opens_a_step_form_and_has_its_own_element_id()
    {
        foreach (var action in TaskStepCatalogue.All)
        {
            Assert.True((action.Form is null) != (action.RunAtOnce is null), $"{action.Key}: a form or a call, not both");
            if (action.Form is { } form) Assert.True(form.IsSubclassOf(typeof(TaskStepForm)), $"{action.Key}: {form.Name}");
            else Assert.False(string.IsNullOrWhiteSpace(action.Done));
        }
        Assert.Equal(TaskStepCatalogue.All.Count, TaskStepCatalogue.All.Select(a => a.Key).Distinct().Count());
    }

    [Fact]
    public void Only_the_steps_the_guard_table_allows_are_offered()
    {
        var can = new TaskPermissions(new HashSet<CaseStep> { CaseStep.Confirm, CaseStep.DecideExtension });

        Assert.Equal(["accept", "reject", "decide-extension"], TaskStepCatalogue.For(can).Select(a => a.Key));
        Assert.Empty(TaskStepCatalogue.For(TaskPermissions.None));
    }
}
