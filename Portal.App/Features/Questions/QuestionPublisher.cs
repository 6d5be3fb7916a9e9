using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Tasks;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;

namespace Portal.App.Features.Questions;

/// <summary>
/// A citizen's question's publishing step (Huế 53 Phụ lục V bước 2e): the answer the unit's leader approved and the Office's
/// specialist confirmed becomes the question's first published version, with the answering agency and the day it was approved.
/// </summary>
public sealed class QuestionPublisher(Microsoft.AspNetCore.OutputCaching.IOutputCacheStore cache) : ICasePublisher
{
    public CaseKind Kind => CaseKind.CitizenQuestion;

    public async Task PublishAsync(PortalDbContext db, CaseTask task, int publishedById, DateTimeOffset at, CancellationToken ct)
    {
        if (task.QuestionId is not { } id) throw new DomainException("Việc này không gắn với câu hỏi nào của công dân.");
        if (task.Report is not { } report) throw new DomainException("Chưa có nội dung trả lời được phê duyệt.");
        var question = await db.CitizenQuestions.Include(q => q.Answers).SingleAsync(q => q.Id == id, ct);
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == task.LeadUnitId).Select(u => u.Name).SingleAsync(ct);
        question.Publish(report.Content, unit, VietnamTime.DateOf(task.LastSubmittedAt ?? at), publishedById, at);
        // The public pages show it at once rather than after their cache expires.
        await cache.EvictByTagAsync(PublicPages.CachePolicy, ct);
    }
}
