using Portal.Domain.Text;

namespace Portal.Domain.Complaints;

/// <summary>How a letter reached the agency (DOMAIN_FACTS §4.1, Thông tư 05/2021/TT-TTCP Điều 4).</summary>
public enum LetterChannel
{
    /// <summary>Qua dịch vụ bưu chính.</summary>
    Post,
    /// <summary>Trực tiếp tại nơi tiếp công dân.</summary>
    Reception,
    /// <summary>Qua hộp thư góp ý.</summary>
    Box,
    /// <summary>Do lãnh đạo Đảng, Nhà nước chuyển đến.</summary>
    LeaderReferral,
    /// <summary>Do đại biểu Quốc hội, Hội đồng nhân dân chuyển đến.</summary>
    DeputyReferral,
    /// <summary>Do cơ quan, tổ chức khác chuyển đến.</summary>
    AgencyForward,
}

/// <summary>The field a letter's content belongs to (the columns of forms 01/XLD and 02/XLD).</summary>
public enum ComplaintField
{
    /// <summary>Hành chính — đất đai.</summary>
    Land,
    /// <summary>Hành chính — nhà cửa.</summary>
    Housing,
    /// <summary>Hành chính — chế độ, chính sách.</summary>
    Policy,
    /// <summary>Hành chính — lĩnh vực khác.</summary>
    OtherAdministrative,
    /// <summary>Tư pháp.</summary>
    Judicial,
    /// <summary>Đảng, đoàn thể.</summary>
    PartyAndUnions,
    /// <summary>Khác.</summary>
    Other,
}

/// <summary>One signatory of a letter as the clerk types it.</summary>
public sealed record ComplainantInput(string? Name, string? IdNumber = null, string? Phone = null, string? Address = null, bool Representative = false);

/// <summary>
/// A letter as the intake clerk enters it (Quyết định 1122/2017 Điều 5.1): received date, channel, the signatories, the
/// subject of the complaint, its content and field, and what it asks for. <see cref="Problems"/> lists every mistake at once;
/// the letter's constructor refuses the first.
/// </summary>
public sealed class LetterInput
{
    public const int MaxComplainants = 50;
    public const int NameMaxLength = 200;
    public const int IdNumberMaxLength = 20;
    public const int PhoneMaxLength = 20;
    public const int AddressMaxLength = 500;
    public const int RespondentMaxLength = 500;
    public const int ContentMaxLength = 8000;
    public const int ReferredByMaxLength = 300;

    public DateOnly? ReceivedOn { get; set; }
    public LetterChannel Channel { get; set; } = LetterChannel.Reception;
    /// <summary>Who referred or forwarded it (a leader, a deputy, an agency), for those channels.</summary>
    public string? ReferredBy { get; set; }
    public List<ComplainantInput> Complainants { get; set; } = [];
    /// <summary>The person or agency complained about.</summary>
    public string? Respondent { get; set; }
    public string? Content { get; set; }
    public ComplaintField? Field { get; set; }
    /// <summary>What the letter asks for, judged from its content; a denunciation is refused.</summary>
    public LetterContent ContentKind { get; set; } = LetterContent.Complaint;
    /// <summary>Marked secret (mật, tối mật, tuyệt mật): refused.</summary>
    public bool Secret { get; set; }
    /// <summary>The matter already has a court's judgment or decision (Biểu 02/XLD counts these apart from first and second complaints).</summary>
    public bool CourtJudgment { get; set; }

    public static bool IsReferral(LetterChannel channel) => channel is LetterChannel.LeaderReferral or LetterChannel.DeputyReferral or LetterChannel.AgencyForward;

    /// <summary>Every problem of the input, in Vietnamese, in the order of the form; empty when it can be entered.</summary>
    public IReadOnlyList<string> Problems(DateOnly today)
    {
        var problems = new List<string>();
        void Check(Action check)
        {
            try
            {
                check();
            }
            catch (DomainException e)
            {
                problems.Add(e.Message);
            }
        }
        Check(() => ComplaintClassification.RequireInScope(ContentKind, Secret));
        if (!Enum.IsDefined(ContentKind)) problems.Add("Phân loại nội dung đơn không hợp lệ.");
        if (ReceivedOn is not { } received) problems.Add("Vui lòng nhập ngày nhận đơn.");
        else if (received > today) problems.Add("Ngày nhận đơn không được sau ngày hôm nay.");
        else if (received < today.AddYears(-5)) problems.Add("Ngày nhận đơn quá xa (quá 5 năm trước).");
        if (!Enum.IsDefined(Channel)) problems.Add("Nguồn đơn không hợp lệ.");
        if (IsReferral(Channel)) Check(() => TextInput.Required(ReferredBy, ReferredByMaxLength, "Cơ quan, người chuyển đơn"));
        else Check(() => TextInput.Optional(ReferredBy, ReferredByMaxLength, "Cơ quan, người chuyển đơn"));
        if (Complainants.Count == 0) problems.Add("Vui lòng nhập ít nhất một người đứng đơn.");
        if (Complainants.Count > MaxComplainants) problems.Add($"Một đơn có tối đa {MaxComplainants} người đứng đơn.");
        for (var i = 0; i < Math.Min(Complainants.Count, MaxComplainants); i++)
        {
            var c = Complainants[i];
            var who = Complainants.Count == 1 ? "Người đứng đơn" : $"Người đứng đơn thứ {i + 1}";
            Check(() => TextInput.Required(c.Name, NameMaxLength, $"{who}: họ và tên"));
            Check(() => CheckedIdNumber(c.IdNumber, who));
            Check(() => CheckedPhone(c.Phone, who));
            Check(() => TextInput.Optional(c.Address, AddressMaxLength, $"{who}: địa chỉ"));
        }
        if (Complainants.Count(c => c.Representative) > 1) problems.Add("Chỉ chọn một người đại diện cho những người đứng đơn.");
        Check(() => TextInput.Optional(Respondent, RespondentMaxLength, "Người, cơ quan bị khiếu nại"));
        Check(() => TextInput.Required(Content, ContentMaxLength, "Nội dung đơn"));
        if (Field is not { } field) problems.Add("Vui lòng chọn lĩnh vực của đơn.");
        else if (!Enum.IsDefined(field)) problems.Add("Lĩnh vực không hợp lệ.");
        return problems;
    }

    /// <summary>The first problem, thrown; nothing when the input can be entered.</summary>
    public void Demand(DateOnly today)
    {
        if (Problems(today) is [var first, ..]) throw new DomainException(first);
    }

    internal static string? CheckedIdNumber(string? value, string who)
    {
        var text = TextInput.Optional(value, IdNumberMaxLength, $"{who}: số CCCD/CMND");
        if (text is null) return null;
        if (ComplaintLookup.IdNumberKey(text) is null || text.Any(c => !char.IsAsciiDigit(c) && c != ' '))
            throw new DomainException($"{who}: số CCCD gồm 12 chữ số, số CMND gồm 9 hoặc 12 chữ số.");
        return text;
    }

    internal static string? CheckedPhone(string? value, string who)
    {
        var text = TextInput.Optional(value, PhoneMaxLength, $"{who}: số điện thoại");
        if (text is null) return null;
        if (ComplaintLookup.PhoneKey(text) is null || text.Any(c => !char.IsAsciiDigit(c) && c is not (' ' or '+' or '.' or '-' or '(' or ')')))
            throw new DomainException($"{who}: số điện thoại gồm 9–11 chữ số, có thể có dấu +, dấu cách, dấu chấm hoặc gạch nối.");
        return text;
    }
}
