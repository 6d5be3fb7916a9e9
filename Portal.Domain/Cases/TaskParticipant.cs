namespace Portal.Domain.Cases;

/// <summary>A specialist the unit leader put on the task.</summary>
public sealed class TaskParticipant
{
    private TaskParticipant() { }

    public TaskParticipant(int personId, ParticipantRole role)
    {
        PersonId = personId;
        Role = role;
    }

    public int TaskId { get; private set; }
    public int PersonId { get; private set; }
    public ParticipantRole Role { get; private set; }
}
