using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.Security;
using Portal.Domain.Text;

namespace Portal.App.Features.Tasks;

/// <summary>The named lists a desk links to; each is scoped to the signed-in person.</summary>
public enum TaskView
{
    /// <summary>Every task the person may see.</summary>
    All,
    /// <summary>Assigned to my unit and not yet received (leader), or delegated to me and not yet opened (specialist).</summary>
    New,
    /// <summary>My open tasks whose deadline falls within the next working days.</summary>
    DueSoon,
    /// <summary>My open tasks past their deadline.</summary>
    Overdue,
    /// <summary>Drafts of my unit waiting for my approval.</summary>
    DraftsToApprove,
    /// <summary>Reports submitted to me, waiting for my confirmation.</summary>
    AwaitingConfirmation,
    /// <summary>Tasks I track that a unit returned to the Office.</summary>
    Returned,
    /// <summary>Every task my unit leads.</summary>
    MyUnit,
    /// <summary>Tasks I direct that were reported to me after three urging notices without a result.</summary>
    Escalated,
    /// <summary>My tasks (the lead unit's, or those I track) whose coordinating unit has not contributed by the date asked.</summary>
    LateContributions,
    /// <summary>Tasks I assigned whose unit asks for an extension or proposes an adjustment, waiting for my answer.</summary>
    PendingRequests,
    /// <summary>My unfinished tasks without a deadline that report by a cycle and have not been updated in the current period.</summary>
    PeriodicUpdates,
    /// <summary>My unit's tasks whose official answer is issued (its date is on the report) but not yet entered (submitted).</summary>
    AnswersToEnter,
    /// <summary>Reports submitted to me whose review is due today or overdue (Đồng Tháp 128 Điều 4.5c).</summary>
    ReviewDue,
}
