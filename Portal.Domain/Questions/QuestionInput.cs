using Portal.Domain.Directives;
using Portal.Domain.Text;

namespace Portal.Domain.Questions;

/// <summary>
/// A citizen's question as it comes in — from the public portal through the API, or typed by an editor. <see cref="Errors"/>
/// checks every field at once (the API names each field in its problem details); the question's constructor refuses the
/// first.
/// </summary>
public sealed record QuestionInput(string? AskerName, string? AskerEmail, string? AskerPhone, string? AskerAddress, string? Title, string? Content,
                                   DocumentField? Field)
{
    public const int AskerNameMaxLength = 200;
    public const int AskerEmailMaxLength = 254;
    public const int AskerPhoneMaxLength = 20;
    public const int AskerAddressMaxLength = 500;
    public const int TitleMaxLength = 500;
    public const int ContentMaxLength = 8000;

    /// <summary>Each wrong field by its name in the API (camelCase) with its Vietnamese message; empty when the input is good.</summary>
    public IReadOnlyDictionary<string, string[]> Errors()
    {
        var errors = new Dictionary<string, string[]>();
        Check(errors, "askerName", () => TextInput.Required(AskerName, AskerNameMaxLength, "Họ và tên người hỏi"));
        Check(errors, "askerEmail", () => CheckedEmail(AskerEmail));
        Check(errors, "askerPhone", () => CheckedPhone(AskerPhone));
        Check(errors, "askerAddress", () => TextInput.Optional(AskerAddress, AskerAddressMaxLength, "Địa chỉ người hỏi"));
        Check(errors, "title", () => TextInput.Required(Title, TitleMaxLength, "Tiêu đề câu hỏi"));
        Check(errors, "content", () => TextInput.Required(Content, ContentMaxLength, "Nội dung câu hỏi"));
        if (Field is { } f && !Enum.IsDefined(f)) errors["field"] = ["Lĩnh vực không hợp lệ."];
        return errors;
    }

    /// <summary>The first error, thrown; nothing when the input is good.</summary>
    public void Demand()
    {
        if (Errors().Values.FirstOrDefault() is [var first, ..]) throw new DomainException(first);
    }

    internal static string? CheckedEmail(string? email)
    {
        var text = TextInput.Optional(email, AskerEmailMaxLength, "Thư điện tử");
        if (text is null) return null;
        var at = text.IndexOf('@');
        if (at <= 0 || at != text.LastIndexOf('@') || at == text.Length - 1 || !text[(at + 1)..].Contains('.') || text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            throw new DomainException("Thư điện tử không đúng định dạng (ví dụ: ten@example.vn).");
        return text;
    }

    internal static string? CheckedPhone(string? phone)
    {
        var text = TextInput.Optional(phone, AskerPhoneMaxLength, "Số điện thoại");
        if (text is null) return null;
        var digits = text.Count(char.IsAsciiDigit);
        if (digits is < 8 or > 15 || text.Any(c => !char.IsAsciiDigit(c) && c is not (' ' or '+' or '.' or '-' or '(' or ')')))
            throw new DomainException("Số điện thoại chỉ gồm chữ số (8–15 số), có thể có dấu +, dấu cách, dấu chấm hoặc gạch nối.");
        return text;
    }

    private static void Check(Dictionary<string, string[]> errors, string field, Func<string?> check)
    {
        try
        {
            check();
        }
        catch (DomainException e)
        {
            errors[field] = [e.Message];
        }
    }
}
