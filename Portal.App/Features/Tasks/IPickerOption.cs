using Portal.Domain.Text;

namespace Portal.App.Features.Tasks;

/// <summary>What a picker shows of a choice: the text in the box, and a second line telling like-named choices apart.</summary>
public interface IPickerOption
{
    int Id { get; }
    string Name { get; }
    string Display { get; }
    string Detail { get; }
}

/// <summary>The pickers' search: every word typed, accents and case ignored, found in the name or the second line; name matches first.</summary>
public static class PickerSearch
{
    public static IEnumerable<T> Find<T>(IEnumerable<T> options, string? text) where T : IPickerOption
    {
        var words = TextFolding.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return options;
        var phrase = string.Join(' ', words);
        return options
            .Select(o => (Option: o, Name: TextFolding.Fold(o.Name), All: TextFolding.Join(o.Name, o.Detail)))
            .Where(o => words.All(w => o.All.Contains(w, StringComparison.Ordinal)))
            .OrderBy(o => o.Name.StartsWith(phrase, StringComparison.Ordinal) ? 0 : o.Name.Contains(phrase, StringComparison.Ordinal) ? 1
                        : words.All(w => o.Name.Contains(w, StringComparison.Ordinal)) ? 2 : 3)
            .Select(o => o.Option);
    }
}
