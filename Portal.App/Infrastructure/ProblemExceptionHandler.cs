using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Diagnostics;
using Portal.Domain;
using Portal.Domain.Security;

namespace Portal.App.Infrastructure;

/// <summary>
/// The one error path of the endpoints (workbooks, files, the audit export): a refusal is 403, a broken rule 400 with its
/// Vietnamese message, a concurrent change 409, anything else 500 with a request id — as problem details, never the text
/// of a .NET exception. Pages are left to the error page.
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null) return false;
        var (status, title, detail) = exception switch
        {
            ForbiddenException e => (StatusCodes.Status403Forbidden, "Không có quyền", e.Message),
            DomainException e => (StatusCodes.Status400BadRequest, "Yêu cầu không hợp lệ", e.Message),
            ConcurrencyConflictException e => (StatusCodes.Status409Conflict, "Dữ liệu vừa thay đổi", e.Message),
            BadHttpRequestException e => (e.StatusCode, "Yêu cầu không hợp lệ", "Yêu cầu không đúng định dạng hoặc vượt quá giới hạn cho phép."),
            UnauthorizedAccessException => (StatusCodes.Status401Unauthorized, "Cần đăng nhập", "Bạn cần đăng nhập."),
            _ => (StatusCodes.Status500InternalServerError, "Đã xảy ra lỗi",
                  "Hệ thống gặp sự cố khi xử lý yêu cầu; dữ liệu của bạn chưa bị thay đổi. Vui lòng thử lại hoặc báo quản trị hệ thống kèm mã yêu cầu."),
        };
        if (status >= 500) logger.LogError(exception, "Unhandled error on {Path}", http.Request.Path);
        http.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail, Extensions = { ["requestId"] = http.TraceIdentifier } },
        });
    }
}
