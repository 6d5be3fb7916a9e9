using Portal.Domain.Text;

namespace Portal.Domain.Complaints;

/// <summary>
/// What a document of a case is (Quyết định 1122/2017 Điều 4: the letter and the documents it came with; the complaint file,
/// hồ sơ giải quyết: the acceptance notice, the verification documents, the decision and its execution).
/// </summary>
public enum ComplaintDocumentKind { Letter, AcceptanceNotice, Verification, Decision, Execution, Other }

/// <summary>
/// A scanned or signed document of a case, attached through one of its letters: the letter's own scans (by its agency), or a
/// document of the case's file (by the agency holding the case, once it is accepted). The file itself is a stored upload whose
/// type was checked by its content. Removing one keeps the row (and the file) with who removed it, so the file stays whole.
/// </summary>
public sealed class ComplaintDocument
{
    public const int TitleMaxLength = 300;
    /// <summary>The documents one case may hold (a bound on what a clerk can attach).</summary>
    public const int MaxPerCase = 300;

    private ComplaintDocument() { }

    internal ComplaintDocument(ComplaintLetter letter, ComplaintDocumentKind kind, string title, Guid fileId, int addedById, DateTimeOffset at)
    {
        Letter = letter;
        CaseId = letter.CaseId;
        Kind = kind;
        Title = title;
        FileId = fileId;
        AddedById = addedById;
        AddedAt = at;
    }

    public long Id { get; private set; }
    public int CaseId { get; private set; }
    /// <summary>The letter it was attached through (its creation log says so).</summary>
    public int LetterId { get; private set; }
    public ComplaintLetter Letter { get; private set; } = null!;
    public ComplaintDocumentKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public Guid FileId { get; private set; }
    public int AddedById { get; private set; }
    public DateTimeOffset AddedAt { get; private set; }
    public int? RemovedById { get; private set; }
    public DateTimeOffset? RemovedAt { get; private set; }
    public bool IsRemoved => RemovedAt is not null;

    /// <summary>Whether it belongs to the case's file (hồ sơ giải quyết) rather than to the letter as received.</summary>
    public bool IsOfFile => Kind != ComplaintDocumentKind.Letter;

    internal void Remove(int byId, DateTimeOffset at)
    {
        if (IsRemoved) throw new DomainException("Tài liệu đã được gỡ khỏi hồ sơ.");
        RemovedById = byId;
        RemovedAt = at;
    }

    internal static string TitleOf(string? title, string fileName) =>
        TextInput.Optional(title, TitleMaxLength, "Tên tài liệu") is { } typed ? typed
        : fileName.Length <= TitleMaxLength ? fileName : fileName[..TitleMaxLength];

    public static string Label(ComplaintDocumentKind kind) => kind switch
    {
        ComplaintDocumentKind.Letter => "Đơn và tài liệu kèm theo",
        ComplaintDocumentKind.AcceptanceNotice => "Thông báo thụ lý",
        ComplaintDocumentKind.Verification => "Tài liệu xác minh",
        ComplaintDocumentKind.Decision => "Quyết định giải quyết",
        ComplaintDocumentKind.Execution => "Tài liệu thi hành quyết định",
        ComplaintDocumentKind.Other => "Tài liệu khác của hồ sơ",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
