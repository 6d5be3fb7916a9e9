using Portal.Domain.Directives;
using Portal.Domain.Text;

namespace Portal.Domain.Press;

/// <summary>A press item of a digest: the outlet, the title, its address, when it was published, a summary and the field.</summary>
public sealed class PressItem
{
    public const int OutletMaxLength = 200;
    public const int TitleMaxLength = 500;
    public const int LinkMaxLength = 1000;
    public const int SummaryMaxLength = 4000;
    public const int SearchTextMaxLength = 5000;

    private PressItem() { }

    internal PressItem(PressDigest digest, string? outlet, string? title, string? link, DateOnly publishedOn, string? summary, DocumentField? field,
                       int addedById, DateTimeOffset addedAt)
    {
        Digest = digest;
        Outlet = TextInput.Required(outlet, OutletMaxLength, "Tên báo");
        Title = TextInput.Required(title, TitleMaxLength, "Tiêu đề tin");
        Link = CheckedLink(link);
        PublishedOn = publishedOn;
        Summary = TextInput.Required(summary, SummaryMaxLength, "Tóm tắt nội dung");
        if (field is { } f && !Enum.IsDefined(f)) throw new DomainException("Lĩnh vực không hợp lệ.");
        Field = field;
        AddedById = addedById;
        AddedAt = addedAt;
        var folded = TextFolding.Join(Title, Outlet, Summary);
        SearchText = folded.Length <= SearchTextMaxLength ? folded : folded[..SearchTextMaxLength];
    }

    public long Id { get; private set; }
    public int DigestId { get; private set; }
    public PressDigest Digest { get; private set; } = null!;
    public string Outlet { get; private set; } = "";
    public string Title { get; private set; } = "";
    /// <summary>The item's address on the outlet's site (http or https only).</summary>
    public string? Link { get; private set; }
    public DateOnly PublishedOn { get; private set; }
    public string Summary { get; private set; } = "";
    public DocumentField? Field { get; private set; }
    public int AddedById { get; private set; }
    public DateTimeOffset AddedAt { get; private set; }
    /// <summary>Title, outlet and summary folded (no accents, lower case), for the search.</summary>
    public string SearchText { get; private set; } = "";

    private static string? CheckedLink(string? link)
    {
        var text = TextInput.Optional(link, LinkMaxLength, "Đường dẫn");
        if (text is null) return null;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || text.Any(char.IsWhiteSpace))
            throw new DomainException("Đường dẫn phải là địa chỉ http:// hoặc https:// đầy đủ.");
        return uri.AbsoluteUri;
    }
}
