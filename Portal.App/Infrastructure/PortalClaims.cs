namespace Portal.App.Infrastructure;

public static class PortalClaims
{
    public const string PersonId = "portal:person";
    public const string UnitId = "portal:unit";
    public const string DisplayName = "portal:name";
}
