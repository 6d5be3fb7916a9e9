using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Portal.App.Features.Questions;

/// <summary>
/// What the anonymous surfaces share: the public pages' and the OpenAPI document's limit per address
/// (<see cref="QuestionsOptions.PublicRequestsPerMinute"/>), the API's limit per key (<see cref="QuestionsOptions.ApiRequestsPerMinute"/>),
/// the output cache of the public pages, and the API's OpenAPI document (only the <c>/api/v1</c> endpoints).
/// </summary>
public static class PublicPages
{
    public const string RateLimitPolicy = "public";
    public const string CachePolicy = "public-answers";

    public static IServiceCollection AddQuestionApiDocument(this IServiceCollection services)
    {
        services.Configure<RateLimiterOptions>(o =>
        {
            o.AddPolicy(RateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter("ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "?"), _ =>
                new FixedWindowRateLimiterOptions { PermitLimit = Settings(http).PublicRequestsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            // Per key (what the header holds, hashed so no key is kept in memory in clear); a request without a key is limited by its address.
            o.AddPolicy(QuestionApiEndpoints.RateLimitPolicy, http =>
            {
                var key = http.Request.Headers[ApiKeyAuthenticationHandler.Header].ToString();
                return key.Length is > 0 and <= ApiKeyService.MaxKeyLength
                    ? RateLimitPartition.GetFixedWindowLimiter("key:" + ApiKeyService.Hash(key), _ =>
                        new FixedWindowRateLimiterOptions { PermitLimit = Settings(http).ApiRequestsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetFixedWindowLimiter("ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "?"), _ =>
                        new FixedWindowRateLimiterOptions { PermitLimit = Settings(http).ApiRequestsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
        });
        services.AddOutputCache();
        services.AddOptions<Microsoft.AspNetCore.OutputCaching.OutputCacheOptions>().Configure<IOptions<QuestionsOptions>>((o, questions) =>
            o.AddPolicy(CachePolicy, b => b.Expire(TimeSpan.FromSeconds(questions.Value.PublicCacheSeconds)).SetVaryByQuery("q", "page", "ma").Tag(CachePolicy)));
        services.AddOpenApi("v1", o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Portal – API công khai",
                    Version = "v1",
                    Description = "Tiếp nhận câu hỏi của công dân từ Cổng thông tin điện tử và tra cứu câu trả lời đã công khai (Quyết định 53/2016/QĐ-UBND, Phụ lục V). "
                                  + "Mỗi yêu cầu gửi khóa API trong tiêu đề X-Api-Key; số yêu cầu mỗi phút của một khóa có giới hạn (429 khi vượt).",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[ApiKeyAuthenticationHandler.SchemeName] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey,
                    In = ParameterLocation.Header,
                    Name = ApiKeyAuthenticationHandler.Header,
                    Description = "Khóa do quản trị hệ thống cấp (trang Khóa API hoặc lệnh apikey create).",
                };
                document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyAuthenticationHandler.SchemeName, document)] = [] }];
                return Task.CompletedTask;
            });
        });
        return services;
    }

    /// <summary>
    /// <c>/hoi-dap</c> (the answers, <c>?q=</c> and <c>?page=</c>), <c>/hoi-dap/{code}</c> and <c>/hoi-dap/tra-cuu?ma=</c>: components rendered to
    /// static HTML (<see cref="HtmlRenderer"/>) by a plain endpoint — no circuit, no script, no cookie — so every reader gets the
    /// same cached page for <see cref="QuestionsOptions.PublicCacheSeconds"/>.
    /// </summary>
    public static void MapPublicPages(this IEndpointRouteBuilder endpoints)
    {
        var pages = endpoints.MapGroup("/hoi-dap").AllowAnonymous().RequireRateLimiting(RateLimitPolicy).CacheOutput(CachePolicy).ExcludeFromDescription();
        pages.MapGet("", async (HttpContext http, string? q, string? page, PublicAnswerService answers, CancellationToken ct) =>
        {
            PublicAnswerPage? result = null;
            string? error = null;
            try
            {
                result = await answers.AnswersAsync(q, int.TryParse(page, out var number) ? number : 1, 20, ct);
            }
            catch (Portal.Domain.DomainException e)
            {
                error = e.Message;
            }
            return await RenderAsync<PublicAnswersView>(http, error is null ? 200 : 400, new()
            {
                [nameof(PublicAnswersView.Q)] = q is { Length: <= PublicAnswerService.MaxSearchLength } ? q : null,
                [nameof(PublicAnswersView.Result)] = result,
                [nameof(PublicAnswersView.Error)] = error,
            });
        });
        pages.MapGet("/tra-cuu", (HttpContext http, string? ma, PublicAnswerService answers, CancellationToken ct) => QuestionAsync(http, ma, answers, ct));
        pages.MapGet("/{code}", (HttpContext http, string code, PublicAnswerService answers, CancellationToken ct) => QuestionAsync(http, code, answers, ct));
    }

    private static async Task<IResult> QuestionAsync(HttpContext http, string? code, PublicAnswerService answers, CancellationToken ct)
    {
        var shown = code is { Length: <= 40 } ? code.Trim() : null;
        var question = shown is null ? null : await answers.ByCodeAsync(shown, ct);
        return await RenderAsync<PublicQuestionView>(http, question is null && !string.IsNullOrEmpty(shown) ? 404 : 200, new()
        {
            [nameof(PublicQuestionView.Code)] = shown,
            [nameof(PublicQuestionView.Question)] = question,
        });
    }

    private static async Task<IResult> RenderAsync<TComponent>(HttpContext http, int status, Dictionary<string, object?> parameters) where TComponent : IComponent
    {
        parameters["ProvinceName"] = http.RequestServices.GetRequiredService<IOptions<Portal.App.Infrastructure.PortalOptions>>().Value.ProvinceName;
        await using var renderer = new HtmlRenderer(http.RequestServices, http.RequestServices.GetRequiredService<ILoggerFactory>());
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString());
        return Results.Content("<!DOCTYPE html>\n" + html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
    }

    private static QuestionsOptions Settings(HttpContext http) => http.RequestServices.GetRequiredService<IOptions<QuestionsOptions>>().Value;
}
