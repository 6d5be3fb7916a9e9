using Portal.Domain.Text;

namespace Portal.Domain.Directives;

/// <summary>Document types of Decree 30/2020 Art. 7 that carry directions.</summary>
public enum DocumentType
{
    QuyetDinh, ChiThi, CongVan, ThongBao, KeHoach, ChuongTrinh, CongDien, PhieuLayYKien, NghiQuyet, BaoCao, ToTrinh, Khac,
}

public enum SigningAuthority { None, TM, KT, TL, TUQ, Q }

public enum DocumentUrgency { Normal, Khan, ThuongKhan, HoaToc }

public enum SecrecyLevel { None, Mat, ToiMat, TuyetMat }

/// <summary>The field (lĩnh vực) a directive belongs to, as the Office's divisions split the work.</summary>
public enum DocumentField { TongHop, KinhTe, VanXa, NoiChinh, Khac }

public static class DocumentLabels
{
    public static string Of(DocumentType type) => type switch
    {
        DocumentType.QuyetDinh => "Quyết định",
        DocumentType.ChiThi => "Chỉ thị",
        DocumentType.CongVan => "Công văn",
        DocumentType.ThongBao => "Thông báo",
        DocumentType.KeHoach => "Kế hoạch",
        DocumentType.ChuongTrinh => "Chương trình",
        DocumentType.CongDien => "Công điện",
        DocumentType.PhieuLayYKien => "Phiếu lấy ý kiến",
        DocumentType.NghiQuyet => "Nghị quyết",
        DocumentType.BaoCao => "Báo cáo",
        DocumentType.ToTrinh => "Tờ trình",
        _ => "Văn bản khác",
    };

    public static string Of(DocumentUrgency urgency) => urgency switch
    {
        DocumentUrgency.Normal => "Thường",
        DocumentUrgency.Khan => "Khẩn",
        DocumentUrgency.ThuongKhan => "Thượng khẩn",
        DocumentUrgency.HoaToc => "Hỏa tốc",
        _ => throw new ArgumentOutOfRangeException(nameof(urgency)),
    };

    public static string Of(DocumentField field) => field switch
    {
        DocumentField.TongHop => "Tổng hợp",
        DocumentField.KinhTe => "Kinh tế",
        DocumentField.VanXa => "Văn hóa - Xã hội",
        DocumentField.NoiChinh => "Nội chính",
        _ => "Khác",
    };

    public static string Of(SigningAuthority authority) => authority == SigningAuthority.None ? "" : authority + ".";
}

/// <summary>A directive document (văn bản chỉ đạo) of SPEC §3. Secret documents are never entered.</summary>
public sealed class DirectiveDocument
{
    public const int NumberMaxLength = 20;
    public const int SymbolMaxLength = 50;
    public const int SummaryMaxLength = 1000;
    public const int SignerMaxLength = 100;

    private DirectiveDocument() { }

    public DirectiveDocument(DocumentType type, string? number, string? symbol, string summary, DateOnly issueDate,
                             int issuerUnitId, SecrecyLevel secrecy)
    {
        if (secrecy != SecrecyLevel.None)
            throw new DomainException("Văn bản mật, tối mật, tuyệt mật không được nhập vào hệ thống.");
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
        IssuerUnitId = issuerUnitId;
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

    public string NumberAndSymbol => Number is null ? "" : $"{Number}/{Symbol}";

    /// <summary>The instant the entry deadline counts from: the issue date at the issue time, or at the start of the day.</summary>
    public DateTimeOffset IssuedAt => VietnamTime.At(IssueDate, IssueTime ?? new TimeOnly(7, 30));

    /// <summary>Records who entered the document and when, and whether that met the province's entry rule.</summary>
    public void Register(int registeredById, DateTimeOffset at, DateOnly entryDeadline)
    {
        RegisteredById = registeredById;
        RegisteredAt = at;
        EntryDeadline = entryDeadline;
        EnteredOnTime = VietnamTime.DateOf(at) <= entryDeadline;
    }
}
