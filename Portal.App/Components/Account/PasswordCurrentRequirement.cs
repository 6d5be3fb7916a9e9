using Microsoft.AspNetCore.Authorization;

namespace Portal.App.Components.Account;

/// <summary>
/// Part of every authorization policy but <see cref="SignedInPolicy"/>: the signed-in account has no password to change
/// first (a one-time password, or one older than the policy allows), and at a unit account the person using it has said
/// who they are (<see cref="UnitAccountTypist"/>). Endpoints, the Blazor hub and every page in the
/// router are refused to such an account, whatever their path.
/// </summary>
public sealed class PasswordCurrentRequirement : IAuthorizationRequirement
{
    /// <summary>Signed in, even with a password to change: the change-password page and sign-out only.</summary>
    public const string SignedInPolicy = "SignedIn";
}
