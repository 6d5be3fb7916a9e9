using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Portal.App.Components.Account;

/// <summary>
/// Part of every authorization policy but <see cref="SignedInPolicy"/>: the signed-in account has no password to change
/// first (a one-time password, or one older than the policy allows). Endpoints, the Blazor hub and every page in the
/// router are refused to such an account, whatever their path.
/// </summary>
public sealed class PasswordCurrentRequirement : IAuthorizationRequirement
{
    /// <summary>Signed in, even with a password to change: the change-password page and sign-out only.</summary>
    public const string SignedInPolicy = "SignedIn";
}

public sealed class PasswordCurrentHandler(PasswordPolicy policy) : AuthorizationHandler<PasswordCurrentRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PasswordCurrentRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated == true && policy.ReasonToChange(context.User) is null) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

/// <summary>Sends an account refused only for its password to the change-password page instead of "access denied".</summary>
public sealed class PasswordChangeResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        var passwordOnly = authorizeResult.Forbidden && authorizeResult.AuthorizationFailure is { } failure
                           && failure.FailedRequirements.Any() && failure.FailedRequirements.All(r => r is PasswordCurrentRequirement);
        if (!passwordOnly) return _default.HandleAsync(next, context, policy, authorizeResult);
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            context.Response.Redirect("/Account/ChangePassword");
        else
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }
}
