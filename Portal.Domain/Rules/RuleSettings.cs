using Portal.Domain.Cases;
using Portal.Domain.Directives;

namespace Portal.Domain.Rules;

/// <summary>
/// The province's rule profile (SPEC §3–§5) as its administrator sets it: how fast documents must be entered, whether
/// tasks without a deadline are tracked, when units are warned and urged, the points of the year-end evaluation, and the
/// names its reports and letters are headed with. One installation may serve several provinces (SPEC §1): a profile
/// belongs to a root of the unit tree (<see cref="ProvinceId"/>); the one without a province is the installation's default,
/// in force in every province that has none of its own.
/// </summary>
public sealed class RuleSettings
{
    public const int ProvinceNameMaxLength = 100;
    public const int CommitteeNameMaxLength = 150;

    private RuleSettings() { }

    public int Id { get; private set; }
    /// <summary>The province (root unit) the profile is for; none = the installation's default.</summary>
    public int? ProvinceId { get; private set; }
    /// <summary>The province as the place line of a report names it ("Tỉnh Demo, ngày …"); none = the configuration's.</summary>
    public string? ProvinceName { get; private set; }
    /// <summary>The People's Committee in capitals at the head of an urging letter ("ỦY BAN NHÂN DÂN TỈNH DEMO").</summary>
    public string? CommitteeName { get; private set; }
    /// <summary>The body above the issuing one in a report's header ("UBND TỈNH DEMO").</summary>
    public string? ParentBody { get; private set; }
    /// <summary>Entry within this many working days of issue (0 = the same day).</summary>
    public int EntryWorkingDays { get; private set; }
    /// <summary>For documents with several tasks, if different (Khánh Hòa: 2).</summary>
    public int? EntryMultiTaskWorkingDays { get; private set; }
    /// <summary>Documents issued after this time count from the next working day (Đồng Tháp: 15:00).</summary>
    public TimeOnly? EntryCutOff { get; private set; }
    public bool UrgentSameDay { get; private set; }
    public bool TracksTasksWithoutDeadline { get; private set; }
    /// <summary>Working days before a deadline on which the unit is warned, largest first ("3,1").</summary>
    public string WarningDays { get; private set; } = "3,1";
    /// <summary>Working days between two urging notices ("01 phiếu báo cho 03 ngày").</summary>
    public int UrgingIntervalDays { get; private set; } = UrgingNotice.IntervalWorkingDays;
    /// <summary>Notices after which the task goes to the provincial leader ("quá 03 phiếu báo").</summary>
    public int NoticesBeforeEscalation { get; private set; } = UrgingNotice.NoticesBeforeEscalation;
    /// <summary>To whom a task goes after the last notice (Huế: the Chairman).</summary>
    public EscalationTarget EscalationTarget { get; private set; } = EscalationTarget.Chairman;
    /// <summary>An extension is asked with a request document and approved with an approving one (Đồng Tháp 128 Điều 5.2d).</summary>
    public bool ExtensionDocumentsRequired { get; private set; }
    /// <summary>Each unit has at most one unit account (Khánh Hòa 1986 Điều 5.2 "mỗi cơ quan, địa phương được cấp 01 tài khoản").</summary>
    public bool OneUnitAccountPerUnit { get; private set; }
    /// <summary>A must-report task's report is approved only with its response document: number, date, signer and signed file
    /// (Đồng Tháp 128 Điều 14.4, Khánh Hòa 1986 Điều 8.2).</summary>
    public bool ResponseDocumentRequired { get; private set; }
    /// <summary>Working days after its official answer in which the unit enters it (Khánh Hòa 1986 Điều 10.2: 1; Huế 71 Điều 7.2c: 3;
    /// Đồng Tháp 128 Điều 14.4: 0, the same day).</summary>
    public int AnswerEntryWorkingDays { get; private set; } = UpdateDeadline.Hue.WorkingDays;
    /// <summary>An answer issued after this hour counts from the next working day (Đồng Tháp 128 Điều 14.4: 15:00).</summary>
    public TimeOnly? AnswerEntryCutOff { get; private set; }
    /// <summary>Working days the Office has to review a submitted report (Đồng Tháp 128 Điều 4.5c: 0, the same day); none = no deadline.</summary>
    public int? ReviewWorkingDays { get; private set; } = UpdateDeadline.OfficeReview.WorkingDays;
    /// <summary>A report received after this hour is reviewed by the next working day (Đồng Tháp 128 Điều 4.5c: 15:00).</summary>
    public TimeOnly? ReviewCutOff { get; private set; } = UpdateDeadline.OfficeReview.CutOff;
    public double EvaluationBase { get; private set; } = 100;
    /// <summary>"Bị trừ điểm" (Đồng Tháp 128 Điều 5.2c): per task still unfinished past its deadline at the year's end.</summary>
    public double OverdueDeduction { get; private set; } = 2;
    /// <summary>"Xem xét bị trừ điểm" (Điều 5.2b): per task completed, but late — a different deduction from the above.</summary>
    public double LateCompletionDeduction { get; private set; } = 2;
    public double ExtensionDeduction { get; private set; } = 0.5;
    /// <summary>Per update entered late: an answer entered after its limit, or a reporting period of a task without a deadline
    /// that passed without an update (counted in the evaluation; 0 = counted, not deducted).</summary>
    public double LateUpdateDeduction { get; private set; }

    /// <summary>Whether each complaint limit counts calendar or working days (the law says "ngày"; a province may rule otherwise).</summary>
    public DeadlineUnit ComplaintDecideUnit { get; private set; } = DeadlineUnit.CalendarDays;
    public DeadlineUnit ComplaintFirstUnit { get; private set; } = DeadlineUnit.CalendarDays;
    public DeadlineUnit ComplaintSecondUnit { get; private set; } = DeadlineUnit.CalendarDays;

    /// <summary>The statute's complaint limits, each counted as the profile says.</summary>
    public Complaints.ComplaintLimits ComplaintLimits => new(
        Complaints.ComplaintLimits.Law.Decide with { Unit = ComplaintDecideUnit },
        Complaints.ComplaintLimits.Law.ResolveFirst with { Unit = ComplaintFirstUnit },
        Complaints.ComplaintLimits.Law.ResolveSecond with { Unit = ComplaintSecondUnit });

    public UpdateDeadline AnswerEntry => new(AnswerEntryWorkingDays, AnswerEntryCutOff);

    public UpdateDeadline? Review => ReviewWorkingDays is { } days ? new(days, ReviewCutOff) : null;

    public EntryRuleProfile EntryProfile => new("Tỉnh", EntryWorkingDays, EntryMultiTaskWorkingDays, EntryCutOff, UrgentSameDay);

    public IReadOnlyList<int> WarningDayList => ParseWarningDays(WarningDays);

    public static RuleSettings From(EntryRuleProfile entry, bool tracksTasksWithoutDeadline, UpdateDeadline? answerEntry = null) => new()
    {
        AnswerEntryWorkingDays = (answerEntry ?? UpdateDeadline.Hue).WorkingDays,
        AnswerEntryCutOff = (answerEntry ?? UpdateDeadline.Hue).CutOff,
        EntryWorkingDays = entry.WorkingDays,
        EntryMultiTaskWorkingDays = entry.MultiTaskWorkingDays,
        EntryCutOff = entry.CutOff,
        UrgentSameDay = entry.UrgentSameDay,
        TracksTasksWithoutDeadline = tracksTasksWithoutDeadline,
    };

    public RuleSettings Copy() => (RuleSettings)MemberwiseClone();

    /// <summary>A copy of these settings as a new, unsaved profile of the province (its own from then on).</summary>
    public RuleSettings ForProvince(int? provinceId)
    {
        var copy = Copy();
        copy.Id = 0;
        copy.ProvinceId = provinceId;
        return copy;
    }

    /// <summary>The names at the head of the province's reports; an empty one falls back to the configuration's.</summary>
    public void ChangeHeaders(string? provinceName, string? committeeName, string? parentBody)
    {
        ProvinceName = Text.TextInput.Optional(provinceName, ProvinceNameMaxLength, "Tên tỉnh trên báo cáo");
        CommitteeName = Text.TextInput.Optional(committeeName, CommitteeNameMaxLength, "Tên UBND tỉnh trên phiếu báo");
        ParentBody = Text.TextInput.Optional(parentBody, CommitteeNameMaxLength, "Cơ quan chủ quản trên báo cáo");
    }

    /// <summary>Changes every setting at once after checking them; a bad value changes nothing.</summary>
    public void Change(int entryWorkingDays, int? entryMultiTaskWorkingDays, TimeOnly? entryCutOff, bool urgentSameDay,
                       bool tracksTasksWithoutDeadline, string warningDays, int urgingIntervalDays, int noticesBeforeEscalation,
                       double evaluationBase, double overdueDeduction, double extensionDeduction, double lateCompletionDeduction)
    {
        Require(entryWorkingDays is >= 0 and <= 10, "Số ngày làm việc để nhập văn bản phải từ 0 đến 10.");
        Require(entryMultiTaskWorkingDays is null or (>= 0 and <= 10), "Số ngày cho văn bản nhiều nhiệm vụ phải từ 0 đến 10.");
        var warnings = ParseWarningDays(warningDays);
        Require(urgingIntervalDays is >= 1 and <= 30, "Khoảng cách giữa hai phiếu báo phải từ 1 đến 30 ngày làm việc.");
        Require(noticesBeforeEscalation is >= 1 and <= 10, "Số phiếu báo trước khi báo cáo lãnh đạo phải từ 1 đến 10.");
        Require(evaluationBase > 0 && overdueDeduction >= 0 && extensionDeduction >= 0 && lateCompletionDeduction >= 0,
                "Điểm chuẩn phải dương và điểm trừ không âm.");
        EntryWorkingDays = entryWorkingDays;
        EntryMultiTaskWorkingDays = entryMultiTaskWorkingDays;
        EntryCutOff = entryCutOff;
        UrgentSameDay = urgentSameDay;
        TracksTasksWithoutDeadline = tracksTasksWithoutDeadline;
        WarningDays = string.Join(",", warnings);
        UrgingIntervalDays = urgingIntervalDays;
        NoticesBeforeEscalation = noticesBeforeEscalation;
        EvaluationBase = evaluationBase;
        OverdueDeduction = overdueDeduction;
        ExtensionDeduction = extensionDeduction;
        LateCompletionDeduction = lateCompletionDeduction;
    }

    /// <summary>The unit's answer-entry limit and the Office's review limit (<paramref name="reviewWorkingDays"/> none: no review deadline).</summary>
    public void ChangeUpdateDeadlines(int answerEntryWorkingDays, TimeOnly? answerEntryCutOff, int? reviewWorkingDays, TimeOnly? reviewCutOff,
                                      double lateUpdateDeduction)
    {
        UpdateDeadline.Check(answerEntryWorkingDays, "Hạn cập nhật văn bản trả lời");
        if (reviewWorkingDays is { } review) UpdateDeadline.Check(review, "Hạn xem xét báo cáo");
        Require(lateUpdateDeduction >= 0, "Điểm trừ không âm.");
        AnswerEntryWorkingDays = answerEntryWorkingDays;
        AnswerEntryCutOff = answerEntryCutOff;
        ReviewWorkingDays = reviewWorkingDays;
        ReviewCutOff = reviewWorkingDays is null ? null : reviewCutOff;
        LateUpdateDeduction = lateUpdateDeduction;
    }

    public void ChangeComplaintLimitUnits(DeadlineUnit decide, DeadlineUnit first, DeadlineUnit second)
    {
        Require(Enum.IsDefined(decide) && Enum.IsDefined(first) && Enum.IsDefined(second), "Cách tính thời hạn khiếu nại không hợp lệ.");
        ComplaintDecideUnit = decide;
        ComplaintFirstUnit = first;
        ComplaintSecondUnit = second;
    }

    public void ChangeExtensionDocuments(bool required) => ExtensionDocumentsRequired = required;

    public void ChangeUnitAccounts(bool onePerUnit) => OneUnitAccountPerUnit = onePerUnit;

    public void ChangeResponseDocuments(bool required) => ResponseDocumentRequired = required;

    public void ChangeEscalationTarget(EscalationTarget target)
    {
        Require(Enum.IsDefined(target), "Người nhận báo cáo khi quá số phiếu báo không hợp lệ.");
        EscalationTarget = target;
    }

    /// <summary>"3, 1" → [3, 1]: distinct working-day counts from 1 to 20, largest first; at least one.</summary>
    public static IReadOnlyList<int> ParseWarningDays(string? text)
    {
        var parts = (text ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries);
        var days = new List<int>();
        foreach (var part in parts)
        {
            Require(int.TryParse(part, out var day) && day is >= 1 and <= 20, "Ngày cảnh báo là các số ngày làm việc từ 1 đến 20, cách nhau bởi dấu phẩy.");
            days.Add(int.Parse(part));
        }
        Require(days.Count > 0, "Cần ít nhất một ngày cảnh báo trước hạn.");
        return [.. days.Distinct().OrderDescending()];
    }

    private static void Require(bool condition, string message)
    {
        if (!condition) throw new DomainException(message);
    }
}
