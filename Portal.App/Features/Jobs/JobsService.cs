using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain.Security;
using Quartz;

namespace Portal.App.Features.Jobs;

/// <summary>The scheduled jobs as the administrators see them: schedule, last run and its result, "run now".</summary>
public sealed class JobsService(ISchedulerFactory schedulers, IDbContextFactory<PortalDbContext> dbFactory, IOptions<SchedulerOptions> settings)
{
    /// <summary>What the page calls each job (its key is for the scheduler and the logs).</summary>
    public static readonly IReadOnlyDictionary<string, string> Titles = new Dictionary<string, string>
    {
        [DeadlineReminderJob.Key.Name] = "Cảnh báo hạn xử lý",
        [UrgingJob.Key.Name] = "Phiếu báo đôn đốc",
        [MailOutboxJob.Key.Name] = "Gửi thư điện tử",
        [PressDigestJob.Key.Name] = "Kiểm tra điểm tin báo chí",
        [QuestionBatchJob.Key.Name] = "Đợt tiếp nhận, chuyển câu hỏi của công dân",
        [DatabaseStatisticsJob.Key.Name] = "Cập nhật thống kê cơ sở dữ liệu",
        [ComplaintLimitsJob.Key.Name] = "Thời hạn thụ lý, giải quyết đơn thư",
        [BackupJob.Key.Name] = "Sao lưu dữ liệu",
    };

    private static readonly Dictionary<string, string> Descriptions = new()
    {
        [DeadlineReminderJob.Key.Name] = "Cảnh báo sắp đến hạn (3 và 1 ngày làm việc) và thông báo quá hạn — 07:00 các ngày làm việc",
        [UrgingJob.Key.Name] = "Phiếu báo đôn đốc mỗi 3 ngày làm việc, báo cáo Chủ tịch khi quá 03 phiếu báo — 07:30 các ngày làm việc",
        [MailOutboxJob.Key.Name] = "Gửi thư điện tử bản sao thông báo (nếu bật Mail:Enabled) — mỗi phút",
        [PressDigestJob.Key.Name] = "Báo biên tập viên và lãnh đạo Văn phòng khi đến 11:00 chưa đăng điểm tin báo chí — 11:01 các ngày làm việc",
        [QuestionBatchJob.Key.Name] = "Báo Ban biên tập số câu hỏi chờ tiếp nhận và Lãnh đạo Văn phòng số câu hỏi chờ chuyển chuyên viên — theo các đợt trong ngày làm việc",
        [ComplaintLimitsJob.Key.Name] = "Cảnh báo cán bộ xử lý đơn thư khi đơn sắp đến hoặc đã quá hạn thụ lý, vụ việc sắp đến hoặc đã quá hạn giải quyết — 07:10 các ngày làm việc",
        [BackupJob.Key.Name] = "Sao lưu cơ sở dữ liệu SQLite và các tệp đính kèm vào Backup:Folder, giữ Backup:Keep bản mới nhất — 02:30 hằng đêm",
        [DatabaseStatisticsJob.Key.Name] = "Cập nhật thống kê truy vấn để danh sách, bàn làm việc luôn dùng đúng chỉ mục khi dữ liệu tăng — 02:00 hằng ngày và sau khi khởi động",
    };

    public async Task<IReadOnlyList<JobRow>> ListAsync(Actor actor, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.OpenJobs);
        if (!settings.Value.Enabled) return [];
        var scheduler = await schedulers.GetScheduler(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = new List<JobRow>();
        foreach (var key in (await scheduler.GetJobKeys(GroupMatcher<JobKey>.AnyGroup(), ct)).OrderBy(k => k.Name))
        {
            var triggers = await scheduler.GetTriggersOfJob(key, ct);
            var previous = triggers.Select(t => t.PreviousFireTimeUtc).Where(t => t is not null).DefaultIfEmpty().Max();
            var next = triggers.Select(t => t.NextFireTimeUtc).Where(t => t is not null).DefaultIfEmpty().Min();
            var last = await db.JobRuns.AsNoTracking().Where(r => r.Job == key.Name).OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);
            rows.Add(new JobRow(Titles.GetValueOrDefault(key.Name, "Tác vụ khác"), Descriptions.GetValueOrDefault(key.Name, key.Name), previous, next, last, key));
        }
        return rows;
    }

    public async Task RunNowAsync(Actor actor, JobKey key, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.RunJob);
        await (await schedulers.GetScheduler(ct)).TriggerJob(key, ct);
    }
}
