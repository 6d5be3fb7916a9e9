using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Directives;
using Portal.Domain.Questions;
using Portal.Domain.Text;

namespace Portal.App.Features.Questions;

/// <summary>
/// What anybody may read of citizens' questions, without signing in (the public page <c>/hoi-dap</c> and the API): the published
/// answers, newest first, searched without accents, and one question's state by its tracking code. Never the asker's contact
/// data, never internal data (the officials' names only where <see cref="QuestionsOptions.ShowOfficialNames"/> says so).
/// </summary>
public sealed class PublicAnswerService(IDbContextFactory<PortalDbContext> dbFactory, IOptions<QuestionsOptions> options)
{
    public const int MaxPageSize = 50;
    public const int MaxSearchLength = 200;
    public const int ExcerptLength = 300;

    public async Task<PublicAnswerPage> AnswersAsync(string? text, int page, int pageSize, CancellationToken ct = default)
    {
        if (text is { Length: > MaxSearchLength }) throw new DomainException($"Nội dung tìm kiếm dài tối đa {MaxSearchLength} ký tự.");
        if (text is not null && text.Any(TextInput.IsForbiddenInLine)) throw new DomainException("Nội dung tìm kiếm chứa ký tự không hợp lệ.");
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        page = Math.Clamp(page, 1, 100_000);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.CitizenQuestions.AsNoTracking().Where(q => q.IsPublic);
        foreach (var word in TextFolding.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(10)) query = query.Where(q => q.SearchText.Contains(word));
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(q => q.LastPublishedAt).ThenByDescending(q => q.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(q => new
            {
                q.TrackingCode,
                q.Title,
                q.Content,
                q.AskerName,
                q.Field,
                q.ReceivedAt,
                q.PublishedAt,
                Answer = q.Answers.OrderByDescending(a => a.Version).Select(a => new { a.Text, a.AnsweringUnit, a.AnsweredOn, a.PublishedAt, a.Version }).First(),
            })
            .ToListAsync(ct);
        return new PublicAnswerPage([.. rows.Select(r => new PublicAnswer(r.TrackingCode, r.Title, r.Content, r.AskerName, r.Field, VietnamTime.DateOf(r.ReceivedAt),
            r.Answer.Text, r.Answer.AnsweringUnit, r.Answer.AnsweredOn, r.Answer.PublishedAt, r.Answer.Version))], total, page, pageSize);
    }

    /// <summary>A question's public state by its tracking code; none for an unknown code.</summary>
    public async Task<PublicQuestion?> ByCodeAsync(string? code, CancellationToken ct = default)
    {
        var normalized = code?.Trim().ToUpperInvariant();
        if (!CitizenQuestion.IsTrackingCode(normalized)) return null;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var q = await db.CitizenQuestions.AsNoTracking().Include(x => x.Answers).SingleOrDefaultAsync(x => x.TrackingCode == normalized, ct);
        if (q is null) return null;
        var state = q.PublicState;
        PublicAnswer? answer = null;
        if (state == QuestionPublicState.Answered && q.CurrentAnswer is { } a)
            answer = new PublicAnswer(q.TrackingCode, q.Title, q.Content, q.AskerName, q.Field, VietnamTime.DateOf(q.ReceivedAt), a.Text, a.AnsweringUnit, a.AnsweredOn,
                                      a.PublishedAt, a.Version);
        string? approvedBy = null;
        if (answer is not null && options.Value.ShowOfficialNames)
            approvedBy = await db.CaseTasks.AsNoTracking().Where(t => t.QuestionId == q.Id)
                .SelectMany(t => db.TaskHistory.Where(h => h.TaskId == t.Id && h.Action == "Phê duyệt và gửi báo cáo"))
                .OrderByDescending(h => h.At).Select(h => db.People.Where(p => p.Id == h.ActorId).Select(p => p.FullName).FirstOrDefault()).FirstOrDefaultAsync(ct);
        return new PublicQuestion(q.TrackingCode, q.Title, q.Content, VietnamTime.DateOf(q.ReceivedAt), state, StateLabel(state),
                                  state == QuestionPublicState.Refused ? q.RefusalReason : null, answer, approvedBy);
    }

    public static string StateLabel(QuestionPublicState state) => state switch
    {
        QuestionPublicState.Received => "Đã tiếp nhận",
        QuestionPublicState.Refused => "Không được tiếp nhận",
        QuestionPublicState.BeingAnswered => "Đang được trả lời",
        QuestionPublicState.Answered => "Đã trả lời",
        QuestionPublicState.Withdrawn => "Câu trả lời đang được rà soát lại",
        _ => state.ToString(),
    };

    /// <summary>The API's value of a state: camelCase words (received, refused, beingAnswered, answered, withdrawn).</summary>
    public static string StateCode(QuestionPublicState state) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(state.ToString());

    public static string FieldLabel(DocumentField? field) => field is { } f ? DocumentLabels.Of(f) : "";
}

public sealed record PublicAnswer(string TrackingCode, string Title, string Question, string AskerName, DocumentField? Field, DateOnly AskedOn, string Answer,
                                  string AnsweringUnit, DateOnly AnsweredOn, DateTimeOffset PublishedAt, int Version);

public sealed record PublicAnswerPage(IReadOnlyList<PublicAnswer> Rows, int Total, int Page, int PageSize);

public sealed record PublicQuestion(string TrackingCode, string Title, string Question, DateOnly AskedOn, QuestionPublicState State, string StateLabel,
                                    string? RefusalReason, PublicAnswer? Answer, string? ApprovedBy);
