using Portal.App.Features.Questions;
using Quartz;

namespace Portal.App.Features.Jobs;

/// <summary>At each batch hour of Huế 53 Phụ lục V (10:00 and 16:00 intake, 7:30 and 14:00 routing, configurable): the editors and the
/// Office's leaders are told how many questions wait for them.</summary>
[DisallowConcurrentExecution]
public sealed class QuestionBatchJob(QuestionService questions, JobRunRecorder recorder) : IJob
{
    public static readonly JobKey Key = new("question-batches", "questions");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await recorder.RecordAsync(Key.Name, async ct => $"{await questions.AnnounceBatchesAsync(ct)} thông báo câu hỏi chờ xử lý", cancellationToken);
}
