using Microsoft.AspNetCore.Authorization;

namespace Portal.App.Components.Account;

public sealed class PasswordCurrentHandler(PasswordPolicy policy) : AuthorizationHandler<PasswordCurrentRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PasswordCurrentRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated == true && policy.ReasonToChange(context.User) is null && !UnitAccountTypist.IsMissing(context.User))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
