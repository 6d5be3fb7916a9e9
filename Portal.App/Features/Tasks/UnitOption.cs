namespace Portal.App.Features.Tasks;

/// <summary>A unit as a picker offers it: its name and its place in the tree ("UBND tỉnh Demo › Sở Tài chính"), the units above it.</summary>
public sealed record UnitOption(int Id, string Name, string Path = "") : IPickerOption
{
    public string Display => Name;
    public string Detail => Path;
}
