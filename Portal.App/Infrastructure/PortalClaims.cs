namespace Portal.App.Infrastructure;

public static class PortalClaims
{
    public const string PersonId = "portal:person";
    public const string UnitId = "portal:unit";
    public const string DisplayName = "portal:name";
    /// <summary>At a unit account, who is using it this session (asked after sign-in, kept across the stamp refreshes).</summary>
    public const string Typist = "portal:typist";
}
