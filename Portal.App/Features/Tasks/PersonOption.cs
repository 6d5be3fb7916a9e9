namespace Portal.App.Features.Tasks;

/// <summary>A person as a picker offers them: name, position and unit.</summary>
public sealed record PersonOption(int Id, string Name, string Position, string Unit) : IPickerOption
{
    public string Display => string.IsNullOrWhiteSpace(Position) ? Name : $"{Name} – {Position}";
    public string Detail => string.Join(" · ", new[] { Position, Unit }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
