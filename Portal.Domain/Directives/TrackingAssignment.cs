namespace Portal.Domain.Directives;

/// <summary>
/// One line of the Office's map of tracking specialists (hue-71 Điều 8.1đ): the specialist who follows the directives
/// given to a unit in a field, or in every field when <see cref="Field"/> is empty. Registration fills in a task's tracker
/// from it when the clerk names none.
/// </summary>
public sealed class TrackingAssignment
{
    private TrackingAssignment() { }

    public TrackingAssignment(int unitId, DocumentField? field, int personId)
    {
        UnitId = unitId;
        Field = field;
        PersonId = personId;
    }

    public int Id { get; private set; }
    public int UnitId { get; private set; }
    public DocumentField? Field { get; private set; }
    public int PersonId { get; private set; }

    public void Reassign(int personId) => PersonId = personId;

    /// <summary>The tracker the map names for a task of <paramref name="unitId"/> in <paramref name="field"/>: the line of that
    /// field, else the unit's line for every field, else none.</summary>
    public static int? Resolve(IEnumerable<TrackingAssignment> map, int unitId, DocumentField field)
    {
        int? any = null;
        foreach (var line in map)
        {
            if (line.UnitId != unitId) continue;
            if (line.Field == field) return line.PersonId;
            if (line.Field is null) any = line.PersonId;
        }
        return any;
    }
}
