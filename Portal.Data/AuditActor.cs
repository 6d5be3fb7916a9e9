namespace Portal.Data;

/// <summary>Who is acting for the audit trail, carried through the async flow of a request or a circuit event.</summary>
public sealed record AuditActor(string? UserId, string? UserName, string? Address)
{
    private static readonly AsyncLocal<AuditActor?> Ambient = new();

    public static AuditActor? Current
    {
        get => Ambient.Value;
        set => Ambient.Value = value;
    }
}
