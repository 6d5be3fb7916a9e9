using Microsoft.Extensions.Options;
using Portal.App.Infrastructure;
using Portal.Data;
using Quartz;

namespace Portal.App.Features.Jobs;

public sealed record JobRow(string Name, string Description, DateTimeOffset? PreviousFire, DateTimeOffset? NextFire,
                            JobRun? LastRun, JobKey Key);
