using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Portal.App.Infrastructure;

/// <summary>
/// Bounds on what any request may send, signed in or not: the body (uploads travel over the circuit, so no form needs
/// more than <c>Security:MaxRequestBodyBytes</c>, default 1 MB), the form's fields, and the sign-in attempts per address
/// (<c>Security:SignInAttemptsPerMinute</c>, default 20), the one form anybody may post.
/// </summary>
public static class RequestLimits
{
    public const string TooManyRequests = "Có quá nhiều yêu cầu trong một phút. Vui lòng thử lại sau ít phút.";
    public const string TooManySignIns = "Có quá nhiều lần đăng nhập từ máy của bạn. Vui lòng thử lại sau một phút.";

    public static IServiceCollection AddPortalRequestLimits(this IServiceCollection services, SecurityOptions security)
    {
        var maxBody = security.MaxRequestBodyBytes;
        var signIns = security.SignInAttemptsPerMinute;
        services.Configure<KestrelServerOptions>(o =>
        {
            o.Limits.MaxRequestBodySize = maxBody;
            o.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            o.Limits.MaxRequestLineSize = 8 * 1024;
        });
        services.Configure<FormOptions>(o =>
        {
            o.ValueLengthLimit = (int)maxBody;
            o.MultipartBodyLengthLimit = maxBody;
            o.ValueCountLimit = 256;
            o.KeyLengthLimit = 256;
        });
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                    http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (http.Request.Path.StartsWithSegments("/api"))
                {
                    await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                    {
                        HttpContext = http,
                        ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Quá nhiều yêu cầu", Detail = TooManyRequests },
                    });
                    return;
                }
                http.Response.ContentType = "text/plain; charset=utf-8";
                await http.Response.WriteAsync(http.Request.Path.StartsWithSegments("/Account/Login") ? TooManySignIns : TooManyRequests, ct);
            };
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                HttpMethods.IsPost(http.Request.Method) && http.Request.Path.StartsWithSegments("/Account/Login")
                    ? RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "?", _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = signIns,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    })
                    : RateLimitPartition.GetNoLimiter(""));
        });
        return services;
    }
}
