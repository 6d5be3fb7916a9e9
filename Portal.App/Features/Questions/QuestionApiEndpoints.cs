using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Domain;
using Portal.Domain.Directives;
using Portal.Domain.Questions;
using Portal.Domain.Text;

namespace Portal.App.Features.Questions;

/// <summary>
/// The public API, version 1 (JSON, described at <c>/api/v1/openapi.json</c>): the province's public portal sends citizens'
/// questions and reads their state and the published answers. Every call presents an <c>X-Api-Key</c> with the
/// <c>questions</c> scope and is limited per key (<see cref="QuestionsOptions.ApiRequestsPerMinute"/>).
/// </summary>
public static class QuestionApiEndpoints
{
    public const string RateLimitPolicy = "api";

    public static void MapQuestionApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1").RequireAuthorization(ApiKeyAuthenticationHandler.QuestionsPolicy).RequireRateLimiting(RateLimitPolicy)
            .DisableAntiforgery().WithTags("Dân hỏi – cơ quan chức năng trả lời");

        api.MapPost("/questions", SubmitAsync)
            .WithName("SubmitQuestion").WithSummary("Gửi một câu hỏi của công dân")
            .WithDescription("Gửi lại cùng externalId trả về câu hỏi đã tạo (200) thay vì tạo câu hỏi mới (201).")
            .Accepts<QuestionRequest>("application/json")
            .Produces<QuestionCreated>(StatusCodes.Status201Created).Produces<QuestionCreated>(StatusCodes.Status200OK)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status429TooManyRequests);

        api.MapGet("/questions/{trackingCode}", async (string trackingCode, PublicAnswerService answers, CancellationToken ct) =>
                await answers.ByCodeAsync(trackingCode, ct) is { } question
                    ? Results.Ok(QuestionStatus.From(question))
                    : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy", detail: "Không có câu hỏi nào với mã tra cứu này."))
            .WithName("GetQuestion").WithSummary("Tình trạng của một câu hỏi theo mã tra cứu, kèm câu trả lời khi đã công khai")
            .Produces<QuestionStatus>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status401Unauthorized);

        api.MapGet("/answers", async (int? page, int? pageSize, string? q, PublicAnswerService answers, CancellationToken ct) =>
            {
                var result = await answers.AnswersAsync(q, page ?? 1, pageSize ?? 20, ct);
                return Results.Ok(new AnswerList(result.Page, result.PageSize, result.Total, [.. result.Rows.Select(AnswerItem.From)]));
            })
            .WithName("ListAnswers").WithSummary("Các câu trả lời đã công khai, mới nhất trước; q tìm không phân biệt dấu")
            .Produces<AnswerList>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized);
    }

    private static async Task<IResult> SubmitAsync(HttpContext http, QuestionService questions, CancellationToken ct)
    {
        if (http.Request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Sai định dạng", detail: "Nội dung yêu cầu phải là JSON (Content-Type: application/json).");
        QuestionRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<QuestionRequest>(http.Request.Body, JsonSerializerOptions.Web, ct);
        }
        catch (JsonException)
        {
            body = null;
        }
        if (body is null) return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Yêu cầu không hợp lệ", detail: "Nội dung yêu cầu không phải một đối tượng JSON hợp lệ.");
        var errors = new Dictionary<string, string[]>(body.Input(out var fieldError).Errors());
        if (fieldError is not null) errors["field"] = [fieldError];
        try
        {
            TextInput.Required(body.ExternalId, CitizenQuestion.ExternalIdMaxLength, "Mã câu hỏi của hệ thống gửi (externalId)");
        }
        catch (DomainException e)
        {
            errors["externalId"] = [e.Message];
        }
        if (errors.Count > 0) return Results.ValidationProblem(errors, title: "Câu hỏi chưa hợp lệ", detail: "Vui lòng sửa các trường được nêu.");
        var (id, code, created) = await questions.SubmitAsync(ApiKeyAuthenticationHandler.ClientOf(http.User), body.ExternalId, body.Input(out _), ct);
        var result = new QuestionCreated(id, code);
        return created ? Results.Created($"/api/v1/questions/{code}", result) : Results.Ok(result);
    }
}

/// <summary>A question as the public portal sends it.</summary>
public sealed record QuestionRequest(string? ExternalId, string? AskerName, string? AskerEmail, string? AskerPhone, string? AskerAddress, string? Title,
                                     string? Content, string? Field)
{
    /// <summary>The question's input; a field given but not one of the portal's fields is reported in <paramref name="fieldError"/>.</summary>
    public QuestionInput Input(out string? fieldError)
    {
        fieldError = null;
        DocumentField? field = null;
        if (!string.IsNullOrWhiteSpace(Field))
        {
            var folded = TextFolding.Fold(Field);
            field = Enum.GetValues<DocumentField>().Cast<DocumentField?>()
                .FirstOrDefault(f => string.Equals(f.ToString(), Field.Trim(), StringComparison.OrdinalIgnoreCase) || TextFolding.Fold(DocumentLabels.Of(f!.Value)) == folded);
            if (field is null)
                fieldError = $"Lĩnh vực không hợp lệ; dùng một trong: {string.Join(", ", Enum.GetValues<DocumentField>().Select(f => $"{f} ({DocumentLabels.Of(f)})"))}.";
        }
        return new QuestionInput(AskerName, AskerEmail, AskerPhone, AskerAddress, Title, Content, field);
    }
}

public sealed record QuestionCreated(int Id, string TrackingCode);

/// <summary>A question's public state: received, refused, beingAnswered, answered or withdrawn; the answer once published.</summary>
public sealed record QuestionStatus(string TrackingCode, string Title, string Question, DateOnly AskedOn, string State, string StateLabel, string? RefusalReason,
                                    AnswerItem? Answer)
{
    public static QuestionStatus From(PublicQuestion q) => new(q.TrackingCode, q.Title, q.Question, q.AskedOn, PublicAnswerService.StateCode(q.State), q.StateLabel,
                                                              q.RefusalReason, q.Answer is { } a ? AnswerItem.From(a) : null);
}

public sealed record AnswerItem(string TrackingCode, string Title, string Question, string? Field, DateOnly AskedOn, string Answer, string AnsweringUnit,
                                DateOnly AnsweredOn, DateTimeOffset PublishedAt, int Version)
{
    public static AnswerItem From(PublicAnswer a) => new(a.TrackingCode, a.Title, a.Question, a.Field is { } f ? DocumentLabels.Of(f) : null, a.AskedOn, a.Answer,
                                                        a.AnsweringUnit, a.AnsweredOn, a.PublishedAt, a.Version);
}

public sealed record AnswerList(int Page, int PageSize, int Total, IReadOnlyList<AnswerItem> Items);
