using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.Notifications;
using Portal.Domain.Security;

namespace Portal.App.Features.Notifications;

/// <summary>Who, relative to a task, a notification goes to.</summary>
[Flags]
public enum Audience
{
    None = 0,
    LeadUnitLeaders = 1,
    Assignee = 2,
    Tracker = 4,
    CoordinatingSpecialists = 8,
    TrackingLeader = 16,
}
