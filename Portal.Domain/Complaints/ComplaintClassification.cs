namespace Portal.Domain.Complaints;

/// <summary>What a letter asks for, judged from its content and not its title (Thông tư 05/2021/TT-TTCP Điều 6.1).</summary>
public enum LetterContent
{
    /// <summary>Khiếu nại.</summary>
    Complaint,
    /// <summary>Kiến nghị, phản ánh.</summary>
    PetitionOrFeedback,
    /// <summary>Đơn có nhiều nội dung khác nhau.</summary>
    Several,
    /// <summary>Tố cáo: out of the software's scope (Quyết định 1122/2017 Điều 7.2); never entered.</summary>
    Denunciation,
}

/// <summary>Why a letter is not eligible for handling (Thông tư 05/2021/TT-TTCP Điều 6.2, Điều 11): it is filed (lưu đơn).</summary>
public enum IneligibilityReason
{
    /// <summary>Not written in Vietnamese and without a notarised translation.</summary>
    NotInVietnamese,
    /// <summary>Without the date, the writer's name and address, or a signature or fingerprint.</summary>
    MissingIdentity,
    /// <summary>A complaint that does not name the respondent, the content, the reasons or the request.</summary>
    MissingComplaintParticulars,
    /// <summary>Already resolved by a final decision, or already decided by a court.</summary>
    AlreadyResolved,
    /// <summary>Filed after the limitation period (90 days, Luật Khiếu nại 2011 Điều 9) without a legitimate reason.</summary>
    TimeBarred,
    /// <summary>Withdrawn by the complainant.</summary>
    Withdrawn,
    /// <summary>Another reason, given in words.</summary>
    Other,
}

/// <summary>What the intake agency does with an eligible letter by competence (Thông tư 05/2021/TT-TTCP Điều 7–10).</summary>
public enum CompetenceOutcome
{
    /// <summary>Thuộc thẩm quyền: the complaint is accepted (thụ lý) and a file is opened.</summary>
    Accept,
    /// <summary>Không thuộc thẩm quyền: the citizen is guided to the competent agency (hướng dẫn).</summary>
    Guide,
    /// <summary>Không thuộc thẩm quyền: the letter is forwarded to the competent agency (chuyển đơn).</summary>
    Forward,
    /// <summary>Already with the competent agency past its limit: that agency is urged (đôn đốc).</summary>
    Urge,
}

/// <summary>The labels and the scope rules of a letter's classification.</summary>
public static class ComplaintClassification
{
    public const string DenunciationRefused =
        "Đơn tố cáo và văn bản liên quan đến nội dung tố cáo không thuộc phạm vi phần mềm (Quyết định 1122/QĐ-UBND-HC Điều 7.2); "
        + "xử lý theo Luật Tố cáo và quy định riêng, không nhập vào hệ thống.";

    public const string SecretRefused =
        "Văn bản mật, tối mật, tuyệt mật không được cập nhật vào phần mềm (Quyết định 1122/QĐ-UBND-HC Điều 7.1).";

    public const string TaskWithoutDeadlineRefused =
        "Nhiệm vụ giải quyết khiếu nại không nêu thời hạn thực hiện không cập nhật vào phần mềm (Quyết định 1122/QĐ-UBND-HC Điều 7.1).";

    /// <summary>Refuses what the software must not hold: a denunciation, or a letter marked secret.</summary>
    public static void RequireInScope(LetterContent content, bool secret)
    {
        if (content == LetterContent.Denunciation) throw new DomainException(DenunciationRefused);
        if (secret) throw new DomainException(SecretRefused);
    }

    /// <summary>A resolution task the People's Committee assigns in a file must have a deadline and not be secret (Điều 7.1).</summary>
    public static void RequireTaskInScope(DateOnly? deadline, bool secret)
    {
        if (secret) throw new DomainException(SecretRefused);
        if (deadline is null) throw new DomainException(TaskWithoutDeadlineRefused);
    }

    public static string Label(LetterContent content) => content switch
    {
        LetterContent.Complaint => "Khiếu nại",
        LetterContent.PetitionOrFeedback => "Kiến nghị, phản ánh",
        LetterContent.Several => "Đơn có nhiều nội dung",
        LetterContent.Denunciation => "Tố cáo",
        _ => throw new ArgumentOutOfRangeException(nameof(content), content, null),
    };

    public static string Label(IneligibilityReason reason) => reason switch
    {
        IneligibilityReason.NotInVietnamese => "Không dùng tiếng Việt và không có bản dịch được công chứng",
        IneligibilityReason.MissingIdentity => "Không ghi ngày, tháng, năm; họ tên, địa chỉ; không có chữ ký hoặc điểm chỉ của người viết đơn",
        IneligibilityReason.MissingComplaintParticulars => "Không nêu rõ tên, địa chỉ của người bị khiếu nại, nội dung, lý do khiếu nại và yêu cầu giải quyết",
        IneligibilityReason.AlreadyResolved => "Đã có quyết định giải quyết khiếu nại có hiệu lực pháp luật hoặc đã có bản án, quyết định của Tòa án",
        IneligibilityReason.TimeBarred => "Hết thời hiệu khiếu nại mà không có lý do chính đáng",
        IneligibilityReason.Withdrawn => "Người khiếu nại đã rút đơn",
        IneligibilityReason.Other => "Lý do khác",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    public static string Label(CompetenceOutcome outcome) => outcome switch
    {
        CompetenceOutcome.Accept => "Thuộc thẩm quyền — thụ lý giải quyết",
        CompetenceOutcome.Guide => "Không thuộc thẩm quyền — hướng dẫn công dân",
        CompetenceOutcome.Forward => "Không thuộc thẩm quyền — chuyển đơn",
        CompetenceOutcome.Urge => "Không thuộc thẩm quyền — đôn đốc giải quyết",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    /// <summary>A complaint is time-barred after 90 days from when the complainant learnt of the act (Luật Khiếu nại 2011 Điều 9).</summary>
    public const int LimitationDays = 90;

    public static bool IsTimeBarred(DateOnly learntOn, DateOnly receivedOn) => receivedOn.DayNumber - learntOn.DayNumber > LimitationDays;
}
