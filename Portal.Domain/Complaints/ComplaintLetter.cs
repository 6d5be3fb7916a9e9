using Portal.Domain.Calendar;
using Portal.Domain.Text;

namespace Portal.Domain.Complaints;

/// <summary>Where a letter stands after intake (Thông tư 05/2021/TT-TTCP Điều 6–10).</summary>
public enum LetterStage
{
    /// <summary>Entered; not yet classified (chưa xử lý).</summary>
    Received,
    /// <summary>Not eligible for handling: filed (lưu đơn), with the reason and the date.</summary>
    Filed,
    /// <summary>Eligible and within competence: accepted (thụ lý).</summary>
    Accepted,
    /// <summary>Eligible, not within competence: the citizen was guided to the competent agency.</summary>
    Guided,
    /// <summary>Eligible, not within competence: forwarded to the competent agency.</summary>
    Forwarded,
    /// <summary>Eligible, with the competent agency past its limit: that agency was urged.</summary>
    Urged,
}

/// <summary>The clerk's classification of a letter (Thông tư 05/2021/TT-TTCP Điều 6–10).</summary>
/// <summary>
/// The clerk's classification of a letter (Thông tư 05/2021/TT-TTCP Điều 6–10). An accepted complaint opens its case's file:
/// resolved for the first or the second time (<paramref name="Round"/>), complex or not — which sets the statutory limit.
/// </summary>
public sealed record LetterClassification(LetterContent Content, bool Eligible, IneligibilityReason? Reason = null, string? Note = null,
                                          CompetenceOutcome? Competence = null, string? CompetentAgency = null, string? ReplyDocument = null,
                                          int Round = 1, bool Complex = false);

/// <summary>What an agency's limits are computed from: the province's limits, the agency's area, its calendar.</summary>
public sealed record ResolutionPlan(ComplaintLimits Limits, bool Remote, WorkingCalendar Calendar)
{
    /// <summary>The last day to accept or refuse a letter received on <paramref name="receivedOn"/>.</summary>
    public DateOnly DecisionDueOn(DateOnly receivedOn) => Limits.Decide.LastDay(receivedOn, complex: false, Remote, Calendar);
}

/// <summary>
/// A complaint, petition or feedback letter received by an intake agency (Quyết định 1122/2017 Điều 2.1, 5.1). Every letter
/// belongs to one case (<see cref="ComplaintCase"/>): the first letter opens it (lần đầu), a later one on the same matter is a
/// repeat (nhiều lần) and is counted as such; the same letter already received elsewhere is not entered again but noted on
/// the letter that holds it (<see cref="LetterCopy"/>). The data is one database for the whole province.
/// </summary>
public sealed class ComplaintLetter
{
    public const int NoteMaxLength = 2000;
    public const int AgencyMaxLength = 300;
    public const int ReplyDocumentMaxLength = 300;
    public const int SearchTextMaxLength = 12000;

    private readonly List<LetterComplainant> _complainants = [];
    private readonly List<LetterCopy> _copies = [];
    private readonly List<LetterLogEntry> _log = [];

    private ComplaintLetter() { }

    /// <summary>A letter entered by <paramref name="enteredById"/> at the intake agency <paramref name="agencyId"/>, in the case given.</summary>
    public ComplaintLetter(ComplaintCase complaintCase, int agencyId, LetterInput input, int enteredById, DateTimeOffset at, DateOnly today,
                           ResolutionPlan plan)
    {
        input.Demand(today);
        Case = complaintCase;
        ProvinceId = complaintCase.ProvinceId;
        AgencyId = agencyId;
        Occurrence = complaintCase.TakeLetter(input.ReceivedOn!.Value);
        ReceivedOn = input.ReceivedOn!.Value;
        Channel = input.Channel;
        ReferredBy = TextInput.Optional(input.ReferredBy, LetterInput.ReferredByMaxLength, "Cơ quan, người chuyển đơn");
        for (var i = 0; i < input.Complainants.Count; i++) _complainants.Add(new LetterComplainant(this, i + 1, input.Complainants[i]));
        Respondent = TextInput.Optional(input.Respondent, LetterInput.RespondentMaxLength, "Người, cơ quan bị khiếu nại");
        Content = TextInput.Required(input.Content, LetterInput.ContentMaxLength, "Nội dung đơn");
        Field = input.Field!.Value;
        ContentKind = input.ContentKind;
        CourtJudgment = input.CourtJudgment;
        EnteredById = enteredById;
        EnteredAt = at;
        DecisionDueOn = plan.DecisionDueOn(ReceivedOn);
        IndexSearchText();
        Write(LetterLogAction.Created, enteredById, at, IsRepeat ? $"Đơn lần thứ {Occurrence} của vụ việc" : "Đơn lần đầu, mở vụ việc mới");
    }

    public int Id { get; private set; }
    public int ProvinceId { get; private set; }
    public int CaseId { get; private set; }
    public ComplaintCase Case { get; private set; } = null!;
    /// <summary>The intake agency (a unit of the tree) that received and entered it.</summary>
    public int AgencyId { get; private set; }
    /// <summary>The how-many-th letter of its case this is: 1 is the first (lần đầu), more is a repeat (nhiều lần).</summary>
    public int Occurrence { get; private set; }
    public bool IsRepeat => Occurrence > 1;
    public DateOnly ReceivedOn { get; private set; }
    public LetterChannel Channel { get; private set; }
    public string? ReferredBy { get; private set; }
    public IReadOnlyList<LetterComplainant> Complainants => _complainants;
    public string? Respondent { get; private set; }
    public string Content { get; private set; } = "";
    public ComplaintField Field { get; private set; }
    /// <summary>The matter already has a court's judgment or decision when the letter came.</summary>
    public bool CourtJudgment { get; private set; }
    public LetterContent ContentKind { get; private set; }
    public int EnteredById { get; private set; }
    public DateTimeOffset EnteredAt { get; private set; }
    /// <summary>The last day to accept or refuse it (10 days from receipt, Luật Khiếu nại Điều 27, per the province's profile).</summary>
    public DateOnly DecisionDueOn { get; private set; }

    public LetterStage Stage { get; private set; } = LetterStage.Received;
    public int? ClassifiedById { get; private set; }
    public DateTimeOffset? ClassifiedAt { get; private set; }
    /// <summary>The day it was classified: filed, accepted, guided, forwarded or the agency urged.</summary>
    public DateOnly? DecidedOn { get; private set; }
    public IneligibilityReason? IneligibilityReason { get; private set; }
    public string? DecisionNote { get; private set; }
    public CompetenceOutcome? Competence { get; private set; }
    /// <summary>The competent agency the citizen was guided to, the letter forwarded to, or that was urged.</summary>
    public string? CompetentAgency { get; private set; }
    /// <summary>The document that answered or forwarded it (số, ký hiệu).</summary>
    public string? ReplyDocument { get; private set; }

    /// <summary>The same letter received again at another agency, noted instead of entered twice.</summary>
    public IReadOnlyList<LetterCopy> Copies => _copies;
    /// <summary>Every creation and change of the letter — who, when, what (Quyết định 1122/2017 Điều 3.5), in time order.</summary>
    public IReadOnlyList<LetterLogEntry> Log => _log;
    /// <summary>The words of the names, ID numbers, phones, addresses, the respondent and the content, folded (no accents, lower case), for the look-up.</summary>
    public string SearchText { get; private set; } = "";

    public bool IsEligible => Stage is not (LetterStage.Received or LetterStage.Filed);

    /// <summary>Whether it was classified on or before its limit; null while it waits.</summary>
    public LimitKept? DecisionTimeliness => DecidedOn is { } on ? ComplaintLimits.TimelinessOf(DecisionDueOn, on) : null;

    /// <summary>Corrects what was typed, while the letter is not yet classified.</summary>
    public void Correct(int byId, DateTimeOffset at, LetterInput input, DateOnly today, ResolutionPlan plan)
    {
        Require(Stage == LetterStage.Received, "Đơn đã được phân loại, xử lý; không sửa được thông tin đơn.");
        input.Demand(today);
        var before = Snapshot();
        if (Occurrence == 1 && input.ReceivedOn!.Value != ReceivedOn) Case.MoveFirstLetter(input.ReceivedOn.Value);
        ReceivedOn = input.ReceivedOn!.Value;
        Channel = input.Channel;
        ReferredBy = TextInput.Optional(input.ReferredBy, LetterInput.ReferredByMaxLength, "Cơ quan, người chuyển đơn");
        var kept = Math.Min(_complainants.Count, input.Complainants.Count);
        for (var i = 0; i < kept; i++) _complainants[i].Set(input.Complainants[i]);
        _complainants.RemoveRange(kept, _complainants.Count - kept);
        for (var i = kept; i < input.Complainants.Count; i++) _complainants.Add(new LetterComplainant(this, i + 1, input.Complainants[i]));
        Respondent = TextInput.Optional(input.Respondent, LetterInput.RespondentMaxLength, "Người, cơ quan bị khiếu nại");
        Content = TextInput.Required(input.Content, LetterInput.ContentMaxLength, "Nội dung đơn");
        Field = input.Field!.Value;
        ContentKind = input.ContentKind;
        CourtJudgment = input.CourtJudgment;
        DecisionDueOn = plan.DecisionDueOn(ReceivedOn);
        IndexSearchText();
        var changed = before.Zip(Snapshot()).Where(p => p.First.Value != p.Second.Value).Select(p => p.First.Label).ToList();
        if (changed.Count == 0) throw new DomainException("Thông tin đơn không thay đổi.");
        Write(LetterLogAction.Corrected, byId, at, "Sửa " + string.Join(", ", changed));
    }

    private List<(string Label, string? Value)> Snapshot() =>
    [
        ("ngày nhận đơn", ReceivedOn.ToString("O")), ("nguồn đơn", Channel.ToString()), ("cơ quan, người chuyển đơn", ReferredBy),
        ("người đứng đơn", string.Join("|", _complainants.Select(c => $"{c.Name}/{c.IdNumber}/{c.Phone}/{c.Address}/{c.IsRepresentative}"))),
        ("người, cơ quan bị khiếu nại", Respondent), ("nội dung đơn", Content), ("lĩnh vực", Field.ToString()), ("phân loại nội dung", ContentKind.ToString()),
        ("đã có bản án, quyết định của Tòa án", CourtJudgment ? "có" : "không"),
    ];

    /// <summary>
    /// The clerk classifies it: by content (a denunciation is refused), by eligibility (not eligible → filed with the reason and
    /// the date), and by competence (accepted, or the citizen guided, the letter forwarded, the competent agency urged).
    /// </summary>
    public void Classify(int byId, LetterClassification c, DateTimeOffset at, DateOnly today, ResolutionPlan? plan = null)
    {
        Require(Stage == LetterStage.Received, "Đơn đã được phân loại, xử lý.");
        ComplaintClassification.RequireInScope(c.Content, secret: false);
        if (!Enum.IsDefined(c.Content)) throw new DomainException("Phân loại nội dung đơn không hợp lệ.");
        Require(today >= ReceivedOn, "Ngày xử lý đơn không được trước ngày nhận đơn.");
        var note = TextInput.Optional(c.Note, NoteMaxLength, "Ghi chú xử lý");
        var reply = TextInput.Optional(c.ReplyDocument, ReplyDocumentMaxLength, "Văn bản trả lời, chuyển đơn");
        if (!c.Eligible)
        {
            if (c.Reason is not { } reason || !Enum.IsDefined(reason)) throw new DomainException("Vui lòng chọn lý do đơn không đủ điều kiện xử lý.");
            if (reason == Complaints.IneligibilityReason.Other && note is null) throw new DomainException("Vui lòng ghi rõ lý do khác.");
            Require(c.Competence is null, "Đơn không đủ điều kiện xử lý thì không phân loại theo thẩm quyền.");
            IneligibilityReason = reason;
            Competence = null;
            CompetentAgency = null;
            Stage = LetterStage.Filed;
        }
        else
        {
            Require(c.Reason is null, "Đơn đủ điều kiện xử lý thì không có lý do lưu đơn.");
            if (c.Competence is not { } competence || !Enum.IsDefined(competence)) throw new DomainException("Vui lòng chọn kết quả xử lý theo thẩm quyền.");
            var agency = TextInput.Optional(c.CompetentAgency, AgencyMaxLength, "Cơ quan có thẩm quyền");
            if (competence != CompetenceOutcome.Accept && agency is null)
                throw new DomainException("Vui lòng nhập cơ quan có thẩm quyền giải quyết (hướng dẫn, chuyển đơn hoặc đôn đốc).");
            if (competence == CompetenceOutcome.Accept && c.Content != LetterContent.PetitionOrFeedback && !Case.IsAccepted)
            {
                if (plan is null) throw new InvalidOperationException("Accepting a complaint needs the resolution plan.");
                Case.Accept(today, c.Round, c.Complex, plan);
            }
            IneligibilityReason = null;
            Competence = competence;
            CompetentAgency = competence == CompetenceOutcome.Accept ? null : agency;
            Stage = competence switch
            {
                CompetenceOutcome.Accept => LetterStage.Accepted,
                CompetenceOutcome.Guide => LetterStage.Guided,
                CompetenceOutcome.Forward => LetterStage.Forwarded,
                _ => LetterStage.Urged,
            };
        }
        ContentKind = c.Content;
        DecisionNote = note;
        ReplyDocument = reply;
        ClassifiedById = byId;
        ClassifiedAt = at;
        DecidedOn = today;
        Write(LetterLogAction.Classified, byId, at, $"{ComplaintClassification.Label(ContentKind)}; {Label(Stage)}"
            + (IneligibilityReason is { } r ? $": {ComplaintClassification.Label(r)}" : CompetentAgency is null ? "" : $": {CompetentAgency}"));
    }

    /// <summary>Notes that another agency received this same letter (Điều 5.1: not entered twice).</summary>
    public LetterCopy NoteCopy(int agencyId, DateOnly receivedOn, int recordedById, DateTimeOffset at, DateOnly today, string? note)
    {
        Require(agencyId != AgencyId, "Đơn này do chính cơ quan của bạn tiếp nhận; không cần ghi nhận lại.");
        Require(receivedOn <= today, "Ngày nhận đơn không được sau ngày hôm nay.");
        Require(receivedOn >= ReceivedOn.AddYears(-1), "Ngày nhận đơn trùng quá xa so với ngày nhận đơn gốc.");
        Require(_copies.Count < 100, "Đơn này đã được ghi nhận trùng quá nhiều lần.");
        Require(_copies.All(c => c.AgencyId != agencyId || c.ReceivedOn != receivedOn), "Cơ quan của bạn đã ghi nhận đơn trùng này trong ngày đó.");
        var copy = new LetterCopy(this, agencyId, receivedOn, recordedById, at, TextInput.Optional(note, NoteMaxLength, "Ghi chú"));
        _copies.Add(copy);
        Write(LetterLogAction.CopyNoted, recordedById, at, $"Ghi nhận đơn trùng nhận ngày {receivedOn:dd/MM/yyyy} tại cơ quan khác");
        return copy;
    }

    /// <summary>
    /// Attaches a document through this letter: its own scans while it is with its agency, or a document of the case's file once
    /// the case is accepted (<paramref name="onCase"/>: how many the case holds already). Written in the letter's creation log.
    /// </summary>
    public ComplaintDocument Attach(ComplaintDocumentKind kind, string? title, Guid fileId, string fileName, int byId, DateTimeOffset at, int onCase)
    {
        if (!Enum.IsDefined(kind)) throw new DomainException("Loại tài liệu không hợp lệ.");
        Require(kind == ComplaintDocumentKind.Letter || Case.IsAccepted, "Vụ việc chưa được thụ lý giải quyết; chưa lập hồ sơ giải quyết để đính kèm tài liệu.");
        Require(onCase < ComplaintDocument.MaxPerCase, $"Hồ sơ vụ việc đã có {ComplaintDocument.MaxPerCase} tài liệu; không đính kèm thêm được.");
        var document = new ComplaintDocument(this, kind, ComplaintDocument.TitleOf(title, fileName), fileId, byId, at);
        Write(LetterLogAction.DocumentAttached, byId, at, $"{ComplaintDocument.Label(kind)}: {document.Title}");
        return document;
    }

    /// <summary>Removes a document attached through this letter (it stays in the trail, marked removed).</summary>
    public void Remove(ComplaintDocument document, int byId, DateTimeOffset at)
    {
        if (document.LetterId != Id) throw new InvalidOperationException("The document was not attached through this letter.");
        document.Remove(byId, at);
        Write(LetterLogAction.DocumentRemoved, byId, at, $"{ComplaintDocument.Label(document.Kind)}: {document.Title}");
    }

    /// <summary>The decision resolving its case was recorded: written in the log of the letter that opened the case.</summary>
    public void NoteResolution(int byId, DateTimeOffset at)
    {
        if (Case.Verdict is not { } verdict) throw new InvalidOperationException("The case is not resolved.");
        Write(LetterLogAction.Resolved, byId, at, $"Quyết định {Case.DecisionNumber} ngày {Case.ResolvedOn:dd/MM/yyyy}: {ComplaintCase.Label(verdict)}");
    }

    /// <summary>A repeat letter joined the case: noted on the letters already in it.</summary>
    public void NoteRepeat(ComplaintLetter repeat, DateTimeOffset at) =>
        Write(LetterLogAction.RepeatReceived, repeat.EnteredById, at, $"Nhận thêm đơn lần thứ {repeat.Occurrence} của vụ việc, ngày {repeat.ReceivedOn:dd/MM/yyyy}");

    private void Write(LetterLogAction action, int personId, DateTimeOffset at, string details)
    {
        if (_log.Count > 0 && at < _log[^1].At) throw new DomainException("Thao tác có thời điểm trước thao tác gần nhất của đơn.");
        _log.Add(new LetterLogEntry(this, action, personId, at, details));
    }

    public static string Label(LetterStage stage) => stage switch
    {
        LetterStage.Received => "Chưa xử lý",
        LetterStage.Filed => "Lưu đơn (không đủ điều kiện xử lý)",
        LetterStage.Accepted => "Đã thụ lý",
        LetterStage.Guided => "Đã hướng dẫn",
        LetterStage.Forwarded => "Đã chuyển đơn",
        LetterStage.Urged => "Đã đôn đốc",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };

    public static string Label(LetterChannel channel) => channel switch
    {
        LetterChannel.Post => "Qua bưu chính",
        LetterChannel.Reception => "Trực tiếp tại nơi tiếp công dân",
        LetterChannel.Box => "Hộp thư góp ý",
        LetterChannel.LeaderReferral => "Lãnh đạo Đảng, Nhà nước chuyển đến",
        LetterChannel.DeputyReferral => "Đại biểu dân cử chuyển đến",
        LetterChannel.AgencyForward => "Cơ quan khác chuyển đến",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };

    public static string Label(ComplaintField field) => field switch
    {
        ComplaintField.Land => "Hành chính — Đất đai",
        ComplaintField.Housing => "Hành chính — Nhà cửa",
        ComplaintField.Policy => "Hành chính — Chế độ, chính sách",
        ComplaintField.OtherAdministrative => "Hành chính — Lĩnh vực khác",
        ComplaintField.Judicial => "Tư pháp",
        ComplaintField.PartyAndUnions => "Đảng, đoàn thể",
        ComplaintField.Other => "Khác",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    private void IndexSearchText()
    {
        // Its words alone (ComplaintLookup.Words: "12/3" is "12 3"), as the look-up splits what it is asked, so that the word
        // indexes (FTS5, PostgreSQL's text search) hold the same words the look-up asks for.
        var parts = _complainants.SelectMany(c => new[] { c.Name, c.IdKey, c.PhoneKey, c.Address }).Append(Respondent).Append(Content);
        var folded = string.Join(' ', ComplaintLookup.Words(string.Join(' ', parts)));
        SearchText = folded.Length <= SearchTextMaxLength ? folded : folded[..SearchTextMaxLength];
    }

    private static void Require(bool condition, string message)
    {
        if (!condition) throw new DomainException(message);
    }
}

/// <summary>One signatory of a letter, with the keys the look-up reads from indexes: the ID number's and the phone's digits, and the folded name with its words sorted (word order does not matter).</summary>
public sealed class LetterComplainant
{
    public const int NameKeyMaxLength = 200;

    private LetterComplainant() { }

    internal LetterComplainant(ComplaintLetter letter, int position, ComplainantInput input)
    {
        Letter = letter;
        Position = position;
        Set(input);
    }

    public long Id { get; private set; }
    public int LetterId { get; private set; }
    public ComplaintLetter Letter { get; private set; } = null!;
    public int Position { get; private set; }
    public string Name { get; private set; } = "";
    public string? IdNumber { get; private set; }
    public string? Phone { get; private set; }
    public string? Address { get; private set; }
    public bool IsRepresentative { get; private set; }
    public string NameKey { get; private set; } = "";
    public string? IdKey { get; private set; }
    public string? PhoneKey { get; private set; }

    /// <summary>The name's folded words sorted: "Nguyễn Văn A" and "A Nguyễn Văn" give the same key.</summary>
    public static string NameKeyOf(string? name)
    {
        var key = string.Join(' ', ComplaintLookup.Words(name).Order(StringComparer.Ordinal));
        return key.Length <= NameKeyMaxLength ? key : key[..NameKeyMaxLength];
    }

    internal void Set(ComplainantInput input)
    {
        Name = TextInput.Required(input.Name, LetterInput.NameMaxLength, "Họ và tên người đứng đơn");
        IdNumber = LetterInput.CheckedIdNumber(input.IdNumber, "Người đứng đơn");
        Phone = LetterInput.CheckedPhone(input.Phone, "Người đứng đơn");
        Address = TextInput.Optional(input.Address, LetterInput.AddressMaxLength, "Địa chỉ người đứng đơn");
        IsRepresentative = input.Representative;
        NameKey = NameKeyOf(Name);
        IdKey = ComplaintLookup.IdNumberKey(IdNumber);
        PhoneKey = ComplaintLookup.PhoneKey(Phone);
    }
}

public enum LetterLogAction { Created, Corrected, Classified, CopyNoted, RepeatReceived, DocumentAttached, DocumentRemoved, Resolved }

/// <summary>One line of a letter's creation log: who did what, when.</summary>
public sealed class LetterLogEntry
{
    public const int DetailsMaxLength = 1000;

    private LetterLogEntry() { }

    internal LetterLogEntry(ComplaintLetter letter, LetterLogAction action, int personId, DateTimeOffset at, string details)
    {
        Letter = letter;
        Action = action;
        PersonId = personId;
        At = at;
        Details = details.Length <= DetailsMaxLength ? details : details[..DetailsMaxLength];
    }

    public long Id { get; private set; }
    public int LetterId { get; private set; }
    public ComplaintLetter Letter { get; private set; } = null!;
    public LetterLogAction Action { get; private set; }
    public int PersonId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string Details { get; private set; } = "";

    public static string Label(LetterLogAction action) => action switch
    {
        LetterLogAction.Created => "Nhập đơn",
        LetterLogAction.Corrected => "Sửa thông tin đơn",
        LetterLogAction.Classified => "Phân loại, xử lý đơn",
        LetterLogAction.CopyNoted => "Ghi nhận đơn trùng",
        LetterLogAction.RepeatReceived => "Nhận đơn lặp lại",
        LetterLogAction.DocumentAttached => "Đính kèm tài liệu",
        LetterLogAction.DocumentRemoved => "Gỡ tài liệu",
        LetterLogAction.Resolved => "Ghi nhận quyết định giải quyết",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };
}

/// <summary>The same letter, received again at another agency: noted on the letter that holds it, not entered twice.</summary>
public sealed class LetterCopy
{
    private LetterCopy() { }

    internal LetterCopy(ComplaintLetter letter, int agencyId, DateOnly receivedOn, int recordedById, DateTimeOffset at, string? note)
    {
        Letter = letter;
        AgencyId = agencyId;
        ReceivedOn = receivedOn;
        RecordedById = recordedById;
        RecordedAt = at;
        Note = note;
    }

    public long Id { get; private set; }
    public int LetterId { get; private set; }
    public ComplaintLetter Letter { get; private set; } = null!;
    public int AgencyId { get; private set; }
    public DateOnly ReceivedOn { get; private set; }
    public int RecordedById { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public string? Note { get; private set; }
}

/// <summary>What the resolution found (Biểu 01/KQGQ): the complaint right, wrong or partly right.</summary>
public enum ComplaintVerdict { Right, Wrong, PartlyRight }

/// <summary>What a second resolution did with the first decision (Biểu 01/KQGQ): upheld (công nhận), or annulled or amended (hủy, sửa).</summary>
public enum FirstDecisionOutcome { Upheld, AnnulledOrAmended }

/// <summary>
/// The decision that resolved a complaint file and its execution (Biểu 01/KQGQ): its number and date, the verdict, for a second
/// resolution what became of the first decision, what is to be recovered for the State or returned to the citizen (money in
/// đồng, land in m²), and the people recommended for discipline.
/// </summary>
public sealed record ComplaintDecision(DateOnly? DecidedOn, string? Number, ComplaintVerdict Verdict, FirstDecisionOutcome? FirstDecision = null,
                                       decimal MoneyToRecover = 0, decimal LandToRecover = 0, decimal MoneyToReturn = 0, decimal LandToReturn = 0,
                                       int PeopleDisciplined = 0, string? Note = null)
{
    public const int NumberMaxLength = 100;
    public const decimal MaxAmount = 1_000_000_000_000_000m;
}

/// <summary>
/// A case (vụ việc): the letters of one matter, at whichever agencies they were received. It is held by the agency whose
/// letter opened it; its file (hồ sơ giải quyết) and resolution tasks hang on it.
/// </summary>
public sealed class ComplaintCase
{
    private ComplaintCase() { }

    public ComplaintCase(int provinceId, int agencyId, int openedById, DateTimeOffset at)
    {
        ProvinceId = provinceId;
        AgencyId = agencyId;
        OpenedById = openedById;
        OpenedAt = at;
    }

    public int Id { get; private set; }
    public int ProvinceId { get; private set; }
    /// <summary>The agency whose letter opened the case.</summary>
    public int AgencyId { get; private set; }
    public int OpenedById { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    /// <summary>When a letter of the case was accepted (thụ lý): the file opens and its resolution limit runs from then.</summary>
    public DateOnly? AcceptedOn { get; private set; }
    /// <summary>1: a first complaint; 2: a complaint against the first decision.</summary>
    public int? Round { get; private set; }
    public bool Complex { get; private set; }
    /// <summary>The last day to resolve it (Luật Khiếu nại Điều 28, 37, per the province's profile and the agency's area).</summary>
    public DateOnly? ResolutionDueOn { get; private set; }
    public bool IsAccepted => AcceptedOn is not null;

    /// <summary>The day the decision resolving it was signed, and the decision (Biểu 01/KQGQ); none while it is being resolved.</summary>
    public DateOnly? ResolvedOn { get; private set; }
    public string? DecisionNumber { get; private set; }
    public ComplaintVerdict? Verdict { get; private set; }
    public FirstDecisionOutcome? FirstDecision { get; private set; }
    public decimal MoneyToRecover { get; private set; }
    public decimal LandToRecover { get; private set; }
    public decimal MoneyToReturn { get; private set; }
    public decimal LandToReturn { get; private set; }
    public int PeopleDisciplined { get; private set; }
    public string? DecisionNote { get; private set; }
    public int? ResolvedById { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }

    /// <summary>Resolved before, on or after its last day (Quyết định 1122/2017 Điều 5.7); none while it is being resolved.</summary>
    public LimitKept? ResolutionTimeliness => ResolvedOn is { } on && ResolutionDueOn is { } due ? ComplaintLimits.TimelinessOf(due, on) : null;

    public static string Label(ComplaintVerdict verdict) => verdict switch
    {
        ComplaintVerdict.Right => "Khiếu nại đúng",
        ComplaintVerdict.Wrong => "Khiếu nại sai",
        ComplaintVerdict.PartlyRight => "Khiếu nại đúng một phần",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };

    public static string Label(FirstDecisionOutcome outcome) => outcome switch
    {
        FirstDecisionOutcome.Upheld => "Công nhận quyết định giải quyết lần đầu",
        FirstDecisionOutcome.AnnulledOrAmended => "Hủy, sửa quyết định giải quyết lần đầu",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    /// <summary>Records the decision that resolved the accepted file; once.</summary>
    public void Resolve(int byId, ComplaintDecision d, DateTimeOffset at, DateOnly today)
    {
        if (AcceptedOn is not { } accepted) throw new DomainException("Vụ việc chưa được thụ lý giải quyết.");
        if (ResolvedOn is not null) throw new DomainException("Vụ việc đã có quyết định giải quyết.");
        if (d.DecidedOn is not { } on) throw new DomainException("Vui lòng nhập ngày ban hành quyết định giải quyết.");
        if (on < accepted) throw new DomainException("Ngày quyết định giải quyết không được trước ngày thụ lý.");
        if (on > today) throw new DomainException("Ngày quyết định giải quyết không được sau ngày hôm nay.");
        if (!Enum.IsDefined(d.Verdict)) throw new DomainException("Kết quả giải quyết không hợp lệ.");
        if (Round == 2 && (d.FirstDecision is not { } first || !Enum.IsDefined(first)))
            throw new DomainException("Giải quyết lần hai: vui lòng chọn công nhận hay hủy, sửa quyết định giải quyết lần đầu.");
        if (Round != 2 && d.FirstDecision is not null) throw new DomainException("Chỉ giải quyết lần hai mới công nhận hoặc hủy, sửa quyết định lần đầu.");
        foreach (var amount in new[] { d.MoneyToRecover, d.LandToRecover, d.MoneyToReturn, d.LandToReturn })
            if (amount is < 0 or > ComplaintDecision.MaxAmount) throw new DomainException("Số tiền, diện tích đất phải từ 0 trở lên.");
        if (d.PeopleDisciplined is < 0 or > 10_000) throw new DomainException("Số người bị kiến nghị xử lý không hợp lệ.");
        DecisionNumber = Text.TextInput.Required(d.Number, ComplaintDecision.NumberMaxLength, "Số, ký hiệu quyết định giải quyết");
        DecisionNote = Text.TextInput.Optional(d.Note, ComplaintLetter.NoteMaxLength, "Ghi chú");
        ResolvedOn = on;
        Verdict = d.Verdict;
        FirstDecision = d.FirstDecision;
        MoneyToRecover = d.MoneyToRecover;
        LandToRecover = d.LandToRecover;
        MoneyToReturn = d.MoneyToReturn;
        LandToReturn = d.LandToReturn;
        PeopleDisciplined = d.PeopleDisciplined;
        ResolvedById = byId;
        ResolvedAt = at;
    }
    /// <summary>How many letters it holds (the next one's occurrence).</summary>
    public int LetterCount { get; private set; }
    public DateOnly? FirstReceivedOn { get; private set; }
    public DateOnly? LastReceivedOn { get; private set; }

    /// <summary>A letter joins the case: its occurrence (1 for the first).</summary>
    internal int TakeLetter(DateOnly receivedOn)
    {
        if (LetterCount >= 10_000) throw new DomainException("Vụ việc đã có quá nhiều đơn.");
        LetterCount++;
        if (FirstReceivedOn is null || receivedOn < FirstReceivedOn) FirstReceivedOn = receivedOn;
        if (LastReceivedOn is null || receivedOn > LastReceivedOn) LastReceivedOn = receivedOn;
        return LetterCount;
    }

    internal void Accept(DateOnly on, int round, bool complex, ResolutionPlan plan)
    {
        var limit = ComplaintLimits.ResolutionOf(round);
        AcceptedOn = on;
        Round = round;
        Complex = complex;
        ResolutionDueOn = plan.Limits[limit].LastDay(on, complex, plan.Remote, plan.Calendar);
    }

    internal void MoveFirstLetter(DateOnly receivedOn)
    {
        if (LetterCount == 1) FirstReceivedOn = LastReceivedOn = receivedOn;
        else if (receivedOn < FirstReceivedOn) FirstReceivedOn = receivedOn;
    }
}
