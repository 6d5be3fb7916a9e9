using Portal.Domain.Directives;
using Portal.Domain.Text;

namespace Portal.Domain.Questions;

/// <summary>Where a question stands before it becomes a case (Huế 53 Phụ lục V bước 1–2c).</summary>
public enum QuestionStage
{
    /// <summary>Come in from the public portal or typed by an editor; waits for the editors' batch.</summary>
    Received,
    /// <summary>Accepted into the system by an editor; waits for the Office leader's routing.</summary>
    Accepted,
    /// <summary>Refused by an editor (spam, out of scope), with the reason.</summary>
    Refused,
    /// <summary>Routed to the Office's specialist of the field, who forwards it to the competent units.</summary>
    Routed,
    /// <summary>Forwarded to the competent units: a <c>CaseKind.CitizenQuestion</c> case on the engine.</summary>
    Forwarded,
}

public enum QuestionChannel { Api, Editor }

/// <summary>What the public may know of a question (the API's and the public page's state).</summary>
public enum QuestionPublicState { Received, Refused, BeingAnswered, Answered, Withdrawn }

/// <summary>
/// A citizen's question (dân hỏi – cơ quan chức năng trả lời, Huế 53 Phụ lục V): it comes from the public portal (the API) or
/// an editor types it; the editors accept it into the system or refuse it with a reason; the Office leader (or the editors,
/// when the Office delegates it) routes it to the Office's specialist of the field, who may ask a provincial leader's opinion
/// and then forwards it to the competent units — from there it is a case on the engine. The confirmed answer is published
/// (a <see cref="QuestionAnswer"/> version), corrected as a new version or withdrawn by the Office with a reason.
/// The asker's contact data never leaves the portal's staff.
/// </summary>
public sealed class CitizenQuestion
{
    public const int TrackingCodeLength = 10;
    public const int ExternalIdMaxLength = 100;
    public const int ReasonMaxLength = 1000;
    public const int DirectionMaxLength = 2000;
    public const int OpinionMaxLength = 4000;
    public const int SearchTextMaxLength = 12000;
    /// <summary>The letters of a tracking code: no 0/O, 1/I/L to misread.</summary>
    public const string TrackingAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private readonly List<QuestionAnswer> _answers = [];

    private CitizenQuestion() { }

    public CitizenQuestion(int provinceId, string trackingCode, QuestionChannel channel, int? apiKeyId, string? externalId, int? enteredById,
                           QuestionInput input, DateTimeOffset receivedAt)
    {
        input.Demand();
        if (!IsTrackingCode(trackingCode)) throw new ArgumentException("Mã tra cứu không hợp lệ.", nameof(trackingCode));
        if (channel == QuestionChannel.Api && (apiKeyId is null || string.IsNullOrWhiteSpace(externalId)))
            throw new DomainException("Câu hỏi gửi qua API phải có mã của hệ thống gửi (externalId).");
        if (channel == QuestionChannel.Editor && enteredById is null) throw new DomainException("Câu hỏi nhập tay phải có người nhập.");
        ProvinceId = provinceId;
        TrackingCode = trackingCode;
        Channel = channel;
        ApiKeyId = apiKeyId;
        ExternalId = TextInput.Optional(externalId, ExternalIdMaxLength, "Mã câu hỏi của hệ thống gửi");
        EnteredById = enteredById;
        AskerName = input.AskerName!.Trim();
        AskerEmail = QuestionInput.CheckedEmail(input.AskerEmail);
        AskerPhone = QuestionInput.CheckedPhone(input.AskerPhone);
        AskerAddress = TextInput.Optional(input.AskerAddress, QuestionInput.AskerAddressMaxLength, "Địa chỉ người hỏi");
        Title = input.Title!.Trim();
        Content = input.Content!.Trim();
        Field = input.Field;
        ReceivedAt = receivedAt;
        IndexSearchText();
    }

    public int Id { get; private set; }
    /// <summary>The province (root unit) whose portal received it.</summary>
    public int ProvinceId { get; private set; }
    /// <summary>The code the asker follows the question by (public).</summary>
    public string TrackingCode { get; private set; } = "";
    public QuestionChannel Channel { get; private set; }
    /// <summary>The integrating system that sent it and its own id of the question (the idempotency key, unique per system).</summary>
    public int? ApiKeyId { get; private set; }
    public string? ExternalId { get; private set; }
    public int? EnteredById { get; private set; }

    public string AskerName { get; private set; } = "";
    public string? AskerEmail { get; private set; }
    public string? AskerPhone { get; private set; }
    public string? AskerAddress { get; private set; }
    public string Title { get; private set; } = "";
    public string Content { get; private set; } = "";
    public DocumentField? Field { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }

    public QuestionStage Stage { get; private set; } = QuestionStage.Received;
    /// <summary>The editor who accepted or refused it, and when.</summary>
    public int? ScreenedById { get; private set; }
    public DateTimeOffset? ScreenedAt { get; private set; }
    public string? RefusalReason { get; private set; }
    public int? RoutedById { get; private set; }
    public DateTimeOffset? RoutedAt { get; private set; }
    /// <summary>The Office's specialist of the field it was routed to, and the router's direction.</summary>
    public int? SpecialistId { get; private set; }
    public string? RoutingDirection { get; private set; }
    /// <summary>The provincial leader whose opinion the specialist asked (Phụ lục V bước 2b), the request and the answer given.</summary>
    public int? OpinionLeaderId { get; private set; }
    public string? OpinionRequest { get; private set; }
    public DateTimeOffset? OpinionAskedAt { get; private set; }
    public string? Opinion { get; private set; }
    public DateTimeOffset? OpinionGivenAt { get; private set; }
    public DateTimeOffset? ForwardedAt { get; private set; }

    /// <summary>When its answer was first published, and whether it is public now (published and not withdrawn).</summary>
    public DateTimeOffset? PublishedAt { get; private set; }
    public DateTimeOffset? LastPublishedAt { get; private set; }
    public bool IsPublic { get; private set; }
    public DateTimeOffset? WithdrawnAt { get; private set; }
    public int? WithdrawnById { get; private set; }
    public string? WithdrawalReason { get; private set; }
    /// <summary>The answers published, one version per publication or correction; the last is the one shown.</summary>
    public IReadOnlyList<QuestionAnswer> Answers => _answers;
    /// <summary>Title, content and the current answer folded (no accents, lower case), for the searches.</summary>
    public string SearchText { get; private set; } = "";

    public QuestionAnswer? CurrentAnswer => _answers.Count == 0 ? null : _answers.MaxBy(a => a.Version);

    public QuestionPublicState PublicState => Stage switch
    {
        QuestionStage.Refused => QuestionPublicState.Refused,
        QuestionStage.Forwarded when IsPublic => QuestionPublicState.Answered,
        QuestionStage.Forwarded when WithdrawnAt is not null => QuestionPublicState.Withdrawn,
        QuestionStage.Forwarded => QuestionPublicState.BeingAnswered,
        _ => QuestionPublicState.Received,
    };

    public static bool IsTrackingCode(string? code) =>
        code is { Length: TrackingCodeLength } && code.All(c => TrackingAlphabet.Contains(c, StringComparison.Ordinal));

    /// <summary>An editor accepts it into the system (Phụ lục V bước 1).</summary>
    public void Accept(int editorId, DateTimeOffset at)
    {
        Require(Stage == QuestionStage.Received, "Chỉ tiếp nhận được câu hỏi mới gửi đến.");
        Stage = QuestionStage.Accepted;
        ScreenedById = editorId;
        ScreenedAt = at;
    }

    /// <summary>An editor refuses it — spam, out of scope — with the reason, which the asker can read.</summary>
    public void Refuse(int editorId, DateTimeOffset at, string? reason)
    {
        Require(Stage == QuestionStage.Received, "Chỉ từ chối được câu hỏi mới gửi đến.");
        RefusalReason = TextInput.Required(reason, ReasonMaxLength, "Lý do không tiếp nhận");
        Stage = QuestionStage.Refused;
        ScreenedById = editorId;
        ScreenedAt = at;
    }

    /// <summary>The Office leader (or an editor the Office delegated to) routes it to the Office's specialist of the field (bước 2a).</summary>
    public void Route(int routerId, int specialistId, string? direction, DocumentField? field, DateTimeOffset at)
    {
        Require(Stage is QuestionStage.Accepted or QuestionStage.Routed, Stage == QuestionStage.Received
            ? "Câu hỏi chưa được Ban biên tập tiếp nhận." : "Câu hỏi đã được chuyển cho cơ quan chức năng hoặc đã bị từ chối.");
        if (field is { } f && !Enum.IsDefined(f)) throw new DomainException("Lĩnh vực không hợp lệ.");
        RoutingDirection = TextInput.Optional(direction, DirectionMaxLength, "Ý kiến chỉ đạo");
        Field = field ?? Field;
        SpecialistId = specialistId;
        RoutedById = routerId;
        RoutedAt = at;
        Stage = QuestionStage.Routed;
    }

    /// <summary>The specialist asks a provincial leader's opinion before forwarding (bước 2b, "nếu cần").</summary>
    public void AskOpinion(int specialistId, int leaderId, string? request, DateTimeOffset at)
    {
        RequireSpecialist(specialistId);
        Require(OpinionLeaderId is null || Opinion is not null, "Đang chờ ý kiến của lãnh đạo UBND tỉnh.");
        OpinionRequest = TextInput.Required(request, OpinionMaxLength, "Nội dung xin ý kiến");
        OpinionLeaderId = leaderId;
        OpinionAskedAt = at;
        Opinion = null;
        OpinionGivenAt = null;
    }

    /// <summary>The leader asked gives the opinion; it travels with the question to the units.</summary>
    public void GiveOpinion(int leaderId, string? opinion, DateTimeOffset at)
    {
        Require(Stage == QuestionStage.Routed && OpinionLeaderId is not null && Opinion is null, "Không có yêu cầu xin ý kiến nào đang chờ.");
        Require(OpinionLeaderId == leaderId, "Chỉ lãnh đạo được xin ý kiến mới cho ý kiến được.");
        Opinion = TextInput.Required(opinion, OpinionMaxLength, "Ý kiến của lãnh đạo");
        OpinionGivenAt = at;
    }

    /// <summary>Whether an opinion was asked and is still awaited (the question is not forwarded before it comes).</summary>
    public bool AwaitsOpinion => OpinionLeaderId is not null && Opinion is null;

    /// <summary>The specialist forwards it to the competent units (bước 2c): the case is created by the caller.</summary>
    public void MarkForwarded(int specialistId, DateTimeOffset at)
    {
        RequireSpecialist(specialistId);
        Require(!AwaitsOpinion, "Đang chờ ý kiến của lãnh đạo UBND tỉnh; chuyển câu hỏi sau khi có ý kiến.");
        Stage = QuestionStage.Forwarded;
        ForwardedAt = at;
    }

    /// <summary>The direction the units receive: the leader's opinion when one was given, else the router's.</summary>
    public string? DirectionForUnits(string? specialistNote)
    {
        var parts = new[] { Opinion is null ? null : $"Ý kiến lãnh đạo UBND tỉnh: {Opinion}", RoutingDirection is null ? null : $"Ý kiến Lãnh đạo Văn phòng: {RoutingDirection}", specialistNote }
            .Where(p => !string.IsNullOrWhiteSpace(p));
        var text = string.Join("\n", parts);
        return text.Length == 0 ? null : text;
    }

    /// <summary>The confirmed answer is published (version 1) — called with the engine's publish step.</summary>
    public QuestionAnswer Publish(string answer, string answeringUnit, DateOnly answeredOn, int publishedById, DateTimeOffset at)
    {
        Require(Stage == QuestionStage.Forwarded, "Câu hỏi chưa được chuyển cho cơ quan chức năng.");
        Require(_answers.Count == 0, "Câu trả lời đã được công khai.");
        return AddVersion(answer, answeringUnit, answeredOn, publishedById, at, note: null);
    }

    /// <summary>The Office corrects the published answer: a new version, the earlier ones kept; a withdrawn answer is published again.</summary>
    public QuestionAnswer Correct(string? answer, string? reason, int correctedById, DateTimeOffset at)
    {
        Require(CurrentAnswer is not null, "Câu hỏi chưa có câu trả lời được công khai.");
        var note = TextInput.Required(reason, ReasonMaxLength, "Lý do đính chính");
        var current = CurrentAnswer!;
        var text = TextInput.Required(answer, QuestionAnswer.TextMaxLength, "Nội dung câu trả lời");
        Require(text != current.Text || WithdrawnAt is not null, "Nội dung câu trả lời không thay đổi.");
        return AddVersion(text, current.AnsweringUnit, current.AnsweredOn, correctedById, at, note);
    }

    /// <summary>The Office withdraws the published answer with a reason: it leaves the public page, its versions stay.</summary>
    public void Withdraw(int byId, string? reason, DateTimeOffset at)
    {
        Require(IsPublic, "Câu trả lời không còn được công khai.");
        WithdrawalReason = TextInput.Required(reason, ReasonMaxLength, "Lý do gỡ câu trả lời");
        WithdrawnAt = at;
        WithdrawnById = byId;
        IsPublic = false;
    }

    private QuestionAnswer AddVersion(string answer, string answeringUnit, DateOnly answeredOn, int byId, DateTimeOffset at, string? note)
    {
        var version = new QuestionAnswer(this, _answers.Count + 1, answer, answeringUnit, answeredOn, byId, at, note);
        _answers.Add(version);
        PublishedAt ??= at;
        LastPublishedAt = at;
        IsPublic = true;
        WithdrawnAt = null;
        WithdrawnById = null;
        WithdrawalReason = null;
        IndexSearchText();
        return version;
    }

    private void IndexSearchText()
    {
        var folded = TextFolding.Join(Title, Content, CurrentAnswer?.Text, CurrentAnswer?.AnsweringUnit, TrackingCode);
        SearchText = folded.Length <= SearchTextMaxLength ? folded : folded[..SearchTextMaxLength];
    }

    private void RequireSpecialist(int specialistId)
    {
        Require(Stage == QuestionStage.Routed, "Câu hỏi chưa được chuyển cho chuyên viên hoặc đã được chuyển cho cơ quan chức năng.");
        Require(SpecialistId == specialistId, "Chỉ chuyên viên Văn phòng được phân công mới xử lý được câu hỏi này.");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition) throw new DomainException(message);
    }
}

/// <summary>One published version of a question's answer: the text, the answering agency, the date it was approved, who published it.</summary>
public sealed class QuestionAnswer
{
    public const int TextMaxLength = 8000;
    public const int UnitMaxLength = 300;

    private QuestionAnswer() { }

    internal QuestionAnswer(CitizenQuestion question, int version, string text, string answeringUnit, DateOnly answeredOn, int publishedById, DateTimeOffset at,
                            string? note)
    {
        Question = question;
        Version = version;
        Text = TextInput.Required(text, TextMaxLength, "Nội dung câu trả lời");
        AnsweringUnit = TextInput.Required(answeringUnit, UnitMaxLength, "Cơ quan trả lời");
        AnsweredOn = answeredOn;
        PublishedById = publishedById;
        PublishedAt = at;
        Note = note;
    }

    public long Id { get; private set; }
    public int QuestionId { get; private set; }
    public CitizenQuestion Question { get; private set; } = null!;
    public int Version { get; private set; }
    public string Text { get; private set; } = "";
    public string AnsweringUnit { get; private set; } = "";
    public DateOnly AnsweredOn { get; private set; }
    public int PublishedById { get; private set; }
    public DateTimeOffset PublishedAt { get; private set; }
    /// <summary>Why this version corrects the one before (none for the first).</summary>
    public string? Note { get; private set; }
}
