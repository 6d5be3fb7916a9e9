using Portal.Domain.Directives;
using Portal.Domain.Text;

namespace Portal.Domain.Press;

/// <summary>
/// The day's press digest of a province (điểm tin báo chí, Huế 53 Phụ lục IV bước 1): the national press items about the
/// province that its portal's editors post, before 11:00 on working days, for every unit to read. One digest per province
/// and day; posting again the same day adds items to it. A day with nothing to report is posted with a note and no items.
/// </summary>
public sealed class PressDigest
{
    public const int NoteMaxLength = 1000;
    public const int MaxItems = 200;
    /// <summary>Posted by this hour on a working day (Phụ lục IV: "chậm nhất trước 11h sáng").</summary>
    public static readonly TimeOnly PostBy = new(11, 0);

    private readonly List<PressItem> _items = [];

    private PressDigest() { }

    public PressDigest(int provinceId, DateOnly date, int postedById, DateTimeOffset postedAt, string? note)
    {
        ProvinceId = provinceId;
        Date = date;
        PostedById = postedById;
        PostedAt = postedAt;
        Note = TextInput.Optional(note, NoteMaxLength, "Ghi chú của bản tin");
    }

    public int Id { get; private set; }
    /// <summary>The province (root unit) the digest is about and for.</summary>
    public int ProvinceId { get; private set; }
    public DateOnly Date { get; private set; }
    /// <summary>The editor who first posted it, and when.</summary>
    public int PostedById { get; private set; }
    public DateTimeOffset PostedAt { get; private set; }
    public string? Note { get; private set; }
    public IReadOnlyList<PressItem> Items => _items;

    /// <summary>Whether it was posted after the hour on its day (or on a later day).</summary>
    public bool PostedLate => IsLate(Date, PostedAt);

    /// <summary>Whether a digest of <paramref name="date"/> posted at <paramref name="postedAt"/> came after the hour.</summary>
    public static bool IsLate(DateOnly date, DateTimeOffset postedAt) =>
        VietnamTime.DateOf(postedAt) > date || (VietnamTime.DateOf(postedAt) == date && VietnamTime.TimeOf(postedAt) > PostBy);

    /// <summary>Adds an item; a digest holds at most <see cref="MaxItems"/>, and an item published after the digest's day is refused.</summary>
    public PressItem Add(PressItemInput input, int addedById, DateTimeOffset at)
    {
        if (_items.Count >= MaxItems) throw new DomainException($"Một bản tin có tối đa {MaxItems} tin.");
        if (input.PublishedOn is not { } published) throw new DomainException("Vui lòng nhập ngày đăng của tin.");
        if (published > Date) throw new DomainException("Ngày đăng của tin không được sau ngày của bản tin.");
        if (published < Date.AddYears(-1)) throw new DomainException("Ngày đăng của tin không được trước ngày của bản tin quá một năm.");
        var item = new PressItem(this, input.Outlet, input.Title, input.Link, published, input.Summary, input.Field, addedById, at);
        _items.Add(item);
        return item;
    }
}

/// <summary>One press item as the editor types it.</summary>
public sealed record PressItemInput(string? Outlet, string? Title, string? Link, DateOnly? PublishedOn, string? Summary, DocumentField? Field);
