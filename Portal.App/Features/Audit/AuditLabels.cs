namespace Portal.App.Features.Audit;

/// <summary>The audit trail's stored codes (actions, entity types) in the Vietnamese the page and the workbook show.</summary>
public static class AuditLabels
{
    public static string Action(string? code) => code switch
    {
        "Create" => "Tạo mới",
        "Update" => "Cập nhật",
        "Delete" => "Xóa",
        "SignIn" => "Đăng nhập",
        "SignInFailed" => "Đăng nhập không thành công",
        _ => code ?? "",
    };

    public static string Entity(string? code) => code switch
    {
        "Account" => "Tài khoản",
        "AccountRole" => "Vai trò của tài khoản",
        "AccountClaim" => "Thuộc tính tài khoản",
        "PortalUser" => "Tài khoản",
        "CaseTask" => "Nhiệm vụ",
        "DirectiveDocument" => "Văn bản chỉ đạo",
        "ExtensionRequest" => "Đề nghị gia hạn",
        "TaskProposal" => "Đề xuất điều chỉnh",
        "Unit" => "Đơn vị",
        "Person" => "Cán bộ",
        "CalendarDay" => "Lịch làm việc",
        "ProgrammeProject" => "Đề án chương trình công tác",
        "PressDigest" => "Bản điểm tin báo chí",
        "PressItem" => "Tin báo chí",
        "StoredFile" => "Tệp đính kèm",
        "RuleSettings" => "Quy định của tỉnh",
        "ActingAssignment" => "Giao quyền khi vắng mặt",
        "CitizenQuestion" => "Câu hỏi của công dân",
        "QuestionAnswer" => "Câu trả lời công khai",
        "ApiKey" => "Khóa API",
        "ComplaintCase" => "Vụ việc khiếu nại",
        "ComplaintLetter" => "Đơn thư",
        "LetterComplainant" => "Người đứng đơn",
        "LetterCopy" => "Đơn trùng nhận tại cơ quan khác",
        "ComplaintDocument" => "Tài liệu của vụ việc khiếu nại",
        _ => code ?? "",
    };
}
