using Portal.Domain.Text;

namespace Portal.Domain.Directives;

/// <summary>A directive document (văn bản chỉ đạo) of SPEC §3. Secret documents are never entered.</summary>
public sealed class DirectiveDocument
{
    public const int NumberMaxLength = 20;
    public const int SymbolMaxLength = 50;
    public const int SummaryMaxLength = 1000;
    public const int SignerMaxLength = 100;

    public const int WithdrawReasonMaxLength = 1000;

    private readonly List<DocumentRevision> _revisions = [];

    private DirectiveDocument() { }

    public DirectiveDocument(DocumentType type, string? number, string? symbol, string summary, DateOnly issueDate,
                             int issuerUnitId, SecrecyLevel secrecy)
    {
        if (secrecy != SecrecyLevel.None)
            throw new DomainException("Văn bản mật, tối mật, tuyệt mật không được nhập vào hệ thống.");
        SetIdentity(type, number, symbol, summary, issueDate);
        IssuerUnitId = issuerUnitId;
    }

    private void SetIdentity(DocumentType type, string? number, string? symbol, string summary, DateOnly issueDate)
    {
        summary = TextInput.Required(summary, SummaryMaxLength, "Trích yếu");
        number = TextInput.Optional(number, NumberMaxLength, "Số văn bản");
        symbol = TextInput.Optional(symbol, SymbolMaxLength, "Ký hiệu văn bản");
        var hasNumber = !string.IsNullOrWhiteSpace(number) && !string.IsNullOrWhiteSpace(symbol);
        if (!hasNumber && type != DocumentType.PhieuLayYKien)
            throw new DomainException("Số và ký hiệu văn bản là bắt buộc (trừ phiếu lấy ý kiến).");
        if (number?.Length > NumberMaxLength || symbol?.Length > SymbolMaxLength)
            throw new DomainException("Số hoặc ký hiệu văn bản quá dài.");
        Type = type;
        Number = number?.Trim();
        Symbol = symbol?.Trim();
        Summary = summary.Trim();
        IssueDate = issueDate;
        SearchText = TextFolding.Join(NumberAndSymbol, Summary);
    }

    public int Id { get; private set; }
    public DocumentType Type { get; private set; }
    public string? Number { get; private set; }
    public string? Symbol { get; private set; }
    public string Summary { get; private set; } = "";
    public DateOnly IssueDate { get; private set; }
    public int IssuerUnitId { get; private set; }
    public string? SignerName { get; set; }
    public SigningAuthority SigningAuthority { get; set; }
    public int? DirectingLeaderId { get; set; }
    public int? DraftingUnitId { get; set; }
    public int? DrafterId { get; set; }
    public DocumentUrgency Urgency { get; set; }
    public DocumentField Field { get; set; }
    /// <summary>When the document was issued or reached the Office, if known; the 15:00 cut-off reads it.</summary>
    public TimeOnly? IssueTime { get; set; }
    public Guid? SignedFileId { get; set; }
    public DateTimeOffset? RegisteredAt { get; private set; }
    public int? RegisteredById { get; private set; }
    public DateOnly? EntryDeadline { get; private set; }
    public bool? EnteredOnTime { get; private set; }
    public string SearchText { get; private set; } = "";
    /// <summary>When the Office withdrew the document (entered by mistake); its tasks were removed with it.</summary>
    public DateTimeOffset? WithdrawnAt { get; private set; }
    public string? WithdrawnReason { get; private set; }
    public IReadOnlyList<DocumentRevision> Revisions => _revisions;

    public string NumberAndSymbol => Number is null ? "" : $"{Number}/{Symbol}";

    /// <summary>The instant the entry deadline counts from: the issue date at the issue time, or at the start of the day.</summary>
    public DateTimeOffset IssuedAt => VietnamTime.At(IssueDate, IssueTime ?? new TimeOnly(7, 30));

    /// <summary>Records who entered the document and when, and whether that met the province's entry rule.</summary>
    public void Register(int registeredById, DateTimeOffset at, DateOnly entryDeadline)
    {
        RegisteredById = registeredById;
        RegisteredAt = at;
        Restamp(entryDeadline);
    }

    /// <summary>
    /// The Office corrects what was entered wrong (type, number, symbol, summary, issue date); the revision records each
    /// change as "before → after". Returns whether anything changed.
    /// </summary>
    public bool Correct(int actorId, DateTimeOffset at, DocumentType type, string? number, string? symbol, string summary, DateOnly issueDate,
                        DateOnly today)
    {
        RequireActive();
        if (issueDate > today) throw new DomainException("Ngày ban hành không được sau ngày hôm nay.");
        var before = (Type, NumberAndSymbol, Summary, IssueDate);
        SetIdentity(type, number, symbol, summary, issueDate);
        var changes = new List<string>();
        if (before.Type != Type) changes.Add($"Loại: {DocumentLabels.Of(before.Type)} → {DocumentLabels.Of(Type)}");
        if (before.NumberAndSymbol != NumberAndSymbol) changes.Add($"Số, ký hiệu: {before.NumberAndSymbol} → {NumberAndSymbol}");
        if (before.Summary != Summary) changes.Add($"Trích yếu: {before.Summary} → {Summary}");
        if (before.IssueDate != IssueDate) changes.Add($"Ngày ban hành: {VietnamTime.Show(before.IssueDate)} → {VietnamTime.Show(IssueDate)}");
        if (changes.Count == 0) return false;
        _revisions.Add(new DocumentRevision(at, actorId, "Điều chỉnh văn bản", string.Join("; ", changes)));
        return true;
    }

    /// <summary>The entry deadline and whether the registration met it; again after a correction of the issue date (the
    /// registration moment stays).</summary>
    public void Restamp(DateOnly entryDeadline)
    {
        if (RegisteredAt is not { } at) return;
        EntryDeadline = entryDeadline;
        EnteredOnTime = VietnamTime.DateOf(at) <= entryDeadline;
    }

    /// <summary>The Office withdraws a document entered by mistake, with the reason; the service removes its tasks.</summary>
    public void Withdraw(int actorId, DateTimeOffset at, string reason)
    {
        RequireActive();
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Phải nêu lý do thu hồi văn bản.");
        WithdrawnReason = TextInput.Required(reason, WithdrawReasonMaxLength, "Lý do thu hồi");
        WithdrawnAt = at;
        _revisions.Add(new DocumentRevision(at, actorId, "Thu hồi văn bản", WithdrawnReason));
    }

    private void RequireActive()
    {
        if (WithdrawnAt is not null) throw new DomainException("Văn bản đã được thu hồi.");
    }
}
