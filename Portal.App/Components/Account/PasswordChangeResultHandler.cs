using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Portal.App.Components.Account;

/// <summary>Sends an account refused only for its password to the change-password page — a unit account whose user has not
/// said who they are, to that page — instead of "access denied".</summary>
public sealed class PasswordChangeResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        var passwordOnly = authorizeResult.Forbidden && authorizeResult.AuthorizationFailure is { } failure
                           && failure.FailedRequirements.Any() && failure.FailedRequirements.All(r => r is PasswordCurrentRequirement);
        if (!passwordOnly) return _default.HandleAsync(next, context, policy, authorizeResult);
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            context.Response.Redirect(UnitAccountTypist.IsMissing(context.User) && context.RequestServices.GetRequiredService<PasswordPolicy>().ReasonToChange(context.User) is null
                ? UnitAccountTypist.PagePath : "/Account/ChangePassword");
        else
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }
}
