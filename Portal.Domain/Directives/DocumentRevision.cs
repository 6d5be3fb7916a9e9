namespace Portal.Domain.Directives;

/// <summary>One change made to a registered document by the Office: a correction (what changed) or its withdrawal (why).</summary>
public sealed class DocumentRevision
{
    public const int ChangeMaxLength = 2000;

    private DocumentRevision() { }

    internal DocumentRevision(DateTimeOffset at, int actorId, string action, string change)
    {
        At = at;
        ActorId = actorId;
        Action = action;
        Change = change.Length > ChangeMaxLength ? change[..ChangeMaxLength] : change;
    }

    public long Id { get; private set; }
    public int DocumentId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public int ActorId { get; private set; }
    public string Action { get; private set; } = "";
    public string Change { get; private set; } = "";
}
