namespace Portal.App.Features.Operations;

/// <summary>
/// Every log line written while a request is served carries the request's id and the signed-in user's name (issue 17:
/// structured logs with the request and user), as a logging scope: the JSON console formatter, or any provider that keeps
/// scopes, writes them as fields.
/// </summary>
public sealed class RequestLogScopeMiddleware(RequestDelegate next, ILogger<RequestLogScopeMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var scope = new Dictionary<string, object?>
        {
            ["RequestId"] = context.TraceIdentifier,
            ["User"] = context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name : null,
        };
        using (logger.BeginScope(scope))
        {
            await next(context);
        }
    }
}
