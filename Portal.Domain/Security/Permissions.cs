namespace Portal.Domain.Security;

/// <summary>
/// The one place that says which role may do which action on which unit's data. Services demand it before they act,
/// pages are guarded by a policy named after the action, and the test matrix proves each cell on the server.
/// </summary>
public static class Permissions
{
    private const string Admin = PortalRoles.Administrator;
    private const string Leader = PortalRoles.ProvincialLeader;
    private const string OfficeLeader = PortalRoles.OfficeLeader;
    private const string Tracker = PortalRoles.TrackingSpecialist;
    private const string Clerk = PortalRoles.Clerk;
    private const string UnitLeader = PortalRoles.UnitLeader;
    private const string UnitSpecialist = PortalRoles.UnitSpecialist;
    private const string Complaints = PortalRoles.ComplaintOfficer;

    private static readonly string[] Everyone = [.. PortalRoles.All];
    private static readonly string[] Office = [OfficeLeader, Tracker, Clerk];
    private static readonly string[] Readers = [Admin, Leader, OfficeLeader, Tracker, Clerk];

    private static readonly Dictionary<PortalAction, (string Label, Dictionary<string, DataScope> Grants)> Table = new()
    {
        [PortalAction.OpenDesk] = ("mở bàn làm việc", All(Everyone)),
        [PortalAction.OpenUnitDesk] = ("mở bàn làm việc của đơn vị", Grant((UnitLeader, DataScope.OwnUnit))),
        [PortalAction.OpenTaskList] = ("mở danh sách nhiệm vụ", Tasks()),
        [PortalAction.OpenTask] = ("mở trang nhiệm vụ", Tasks()),
        [PortalAction.OpenRegisterDocument] = ("nhập văn bản chỉ đạo", All(Tracker, Clerk)),
        [PortalAction.OpenReports] = ("mở trang báo cáo", With(All(Readers), (UnitLeader, DataScope.OwnUnit))),
        [PortalAction.OpenProgramme] = ("mở chương trình công tác", With(All(Readers), (UnitLeader, DataScope.OwnUnit), (UnitSpecialist, DataScope.OwnUnit))),
        [PortalAction.OpenOverview] = ("mở trang tổng quan", All(Readers)),
        [PortalAction.OpenUrgingLetter] = ("in phiếu đôn đốc", All(Office)),
        [PortalAction.OpenJobs] = ("quản lý tác vụ định kỳ", All(Admin)),
        [PortalAction.OpenAudit] = ("xem nhật ký hệ thống", All(Admin)),
        [PortalAction.OpenCalendarAdmin] = ("quản trị lịch làm việc", All(Admin)),
        [PortalAction.OpenUnitsAdmin] = ("quản trị đơn vị", All(Admin)),
        [PortalAction.OpenPeopleAdmin] = ("quản trị cán bộ", All(Admin)),
        [PortalAction.OpenAccountsAdmin] = ("quản trị tài khoản", All(Admin)),
        [PortalAction.OpenRulesAdmin] = ("cấu hình quy định của tỉnh", All(Admin)),
        [PortalAction.OpenTrackingMap] = ("phân công chuyên viên theo dõi", All(Admin, OfficeLeader)),
        [PortalAction.OpenDocuments] = ("xem danh sách văn bản chỉ đạo", All(Readers)),
        [PortalAction.OpenActing] = ("giao quyền khi vắng mặt", StandIns()),
        // Huế 53 Phụ lục IV bước 1: the digest is shared to every unit's desk; the portal's editors post it.
        [PortalAction.OpenPress] = ("xem điểm tin báo chí", All(Everyone)),
        [PortalAction.OpenPostPress] = ("đăng điểm tin báo chí", All(PortalRoles.Editor)),
        // Huế 53 Phụ lục V: the editors take questions in, the Office routes and follows them, the leaders give opinions.
        [PortalAction.OpenQuestions] = ("xem câu hỏi của công dân", All(Leader, OfficeLeader, Tracker, PortalRoles.Editor)),
        [PortalAction.OpenApiKeys] = ("quản lý khóa API", All(Admin)),
        // Quyết định 1122/2017: the intake agencies' clerks, the leaders who follow the province's letters, and the Office that enters
        // and follows the resolution tasks of the files (Điều 2.2a, 5.2).
        [PortalAction.OpenComplaints] = ("xem đơn thư khiếu nại", All(Complaints, Leader, OfficeLeader, Tracker, Clerk)),

        [PortalAction.ViewTask] = ("xem nhiệm vụ", Tasks()),
        [PortalAction.DownloadFile] = ("tải tệp đính kèm", Tasks()),
        [PortalAction.RegisterDocument] = ("nhập văn bản chỉ đạo", All(Tracker, Clerk)),
        [PortalAction.ReceiveTask] = ("tiếp nhận nhiệm vụ", Grant((UnitLeader, DataScope.OwnUnit))),
        [PortalAction.ReturnTask] = ("trả lại nhiệm vụ", Grant((UnitLeader, DataScope.OwnUnit))),
        [PortalAction.RedirectTask] = ("chuyển hoặc điều chỉnh nhiệm vụ bị trả lại", AssignerSteps()),
        [PortalAction.DelegateTask] = ("giao xử lý nhiệm vụ", Grant((UnitLeader, DataScope.OwnUnit))),
        [PortalAction.DraftReport] = ("soạn dự thảo báo cáo", Grant((UnitLeader, DataScope.OwnUnit), (UnitSpecialist, DataScope.OwnUnit))),
        [PortalAction.ReviewDraft] = ("phê duyệt hoặc trả lại dự thảo", Grant((UnitLeader, DataScope.OwnUnit))),
        [PortalAction.ConfirmResult] = ("xác nhận kết quả", AssignerSteps()),
        [PortalAction.FileProgress] = ("cập nhật tiến độ", Grant((UnitLeader, DataScope.OwnUnit), (UnitSpecialist, DataScope.OwnUnit))),
        [PortalAction.Contribute] = ("gửi ý kiến phối hợp", Grant((UnitLeader, DataScope.OwnUnit), (UnitSpecialist, DataScope.OwnUnit))),
        [PortalAction.RequestExtension] = ("đề nghị gia hạn", Grant((UnitLeader, DataScope.OwnUnit))),
        [PortalAction.DecideExtension] = ("quyết định gia hạn", AssignerSteps()),
        [PortalAction.ViewProvinceReports] = ("xem báo cáo toàn tỉnh", All(Readers)),
        [PortalAction.ViewUnitReport] = ("xem báo cáo của đơn vị", With(All(Readers), (UnitLeader, DataScope.OwnUnit))),
        [PortalAction.RegisterProgramme] = ("đăng ký đề án", With(All(OfficeLeader, Tracker), (UnitLeader, DataScope.OwnUnit), (UnitSpecialist, DataScope.OwnUnit))),
        [PortalAction.ManageProgramme] = ("quản lý chương trình công tác", All(OfficeLeader, Tracker)),
        [PortalAction.PrintUrgingLetter] = ("in phiếu đôn đốc", All(Office)),
        [PortalAction.ReadAudit] = ("xem nhật ký hệ thống", All(Admin)),
        [PortalAction.RunJob] = ("chạy tác vụ định kỳ", All(Admin)),
        [PortalAction.EditCalendar] = ("sửa lịch làm việc", All(Admin)),
        [PortalAction.ManageUnits] = ("quản trị đơn vị", All(Admin)),
        [PortalAction.ManagePeople] = ("quản trị cán bộ", All(Admin)),
        [PortalAction.ManageAccounts] = ("quản trị tài khoản", All(Admin)),
        [PortalAction.EditRules] = ("cấu hình quy định của tỉnh", All(Admin)),
        [PortalAction.ManageTrackingMap] = ("phân công chuyên viên theo dõi", All(Admin, OfficeLeader)),
        [PortalAction.ManageDocuments] = ("điều chỉnh hoặc thu hồi văn bản chỉ đạo", All(Office)),
        [PortalAction.NameActing] = ("giao quyền khi vắng mặt", StandIns()),
        [PortalAction.ProposeAdjustment] = ("đề xuất điều chỉnh nhiệm vụ", Grant((UnitLeader, DataScope.OwnUnit))),
        [PortalAction.AnswerProposal] = ("trả lời đề xuất điều chỉnh nhiệm vụ", AssignerSteps()),
        [PortalAction.PostPressDigest] = ("đăng điểm tin báo chí", All(PortalRoles.Editor)),
        // Phụ lục IV bước 2a: "Lãnh đạo UBND tỉnh, lãnh đạo Văn phòng UBND tỉnh theo lĩnh vực được phân công" send an item to units.
        [PortalAction.AssignPressIncident] = ("giao xử lý sự việc báo nêu", All(Leader, OfficeLeader)),
        // Phụ lục V bước 1: "Ban biên tập Cổng TTĐT tiếp nhận câu hỏi" — typed in, accepted or refused with a reason.
        [PortalAction.EnterQuestion] = ("nhập câu hỏi của công dân", All(PortalRoles.Editor)),
        [PortalAction.ScreenQuestion] = ("tiếp nhận hoặc từ chối câu hỏi", All(PortalRoles.Editor)),
        // Bước 2a: "Lãnh đạo Văn phòng UBND tỉnh (hoặc ủy quyền cho Cổng TTĐT)" — the editors route only where the province's
        // setting says the Office delegated it (QuestionsOptions.EditorsRoute), which the service checks.
        [PortalAction.RouteQuestion] = ("chuyển câu hỏi cho chuyên viên phụ trách", All(OfficeLeader)),
        // Bước 2b–2c: the Office's specialist of the field asks a provincial leader's opinion and forwards to the units.
        [PortalAction.ForwardQuestion] = ("chuyển câu hỏi cho cơ quan chức năng", All(Tracker)),
        [PortalAction.GiveQuestionOpinion] = ("cho ý kiến về câu hỏi của công dân", All(Leader)),
        // Bước 2e: the Office reviews the answer put on the public portal; it corrects or withdraws it.
        [PortalAction.ManagePublishedAnswers] = ("đính chính hoặc gỡ câu trả lời đã công khai", All(OfficeLeader, Tracker)),
        [PortalAction.ManageApiKeys] = ("quản lý khóa API", All(Admin)),
        // Điều 5.1: "phải tra cứu" — the look-up reads every agency's letters ("quản lý tập trung", Điều 3.3); an agency enters and
        // classifies only the letters it received.
        [PortalAction.LookUpComplaints] = ("tra cứu đơn thư khiếu nại", All(Complaints, Leader, OfficeLeader, Tracker, Clerk)),
        [PortalAction.EnterComplaintLetter] = ("nhập đơn thư khiếu nại", Grant((Complaints, DataScope.OwnUnit))),
        [PortalAction.ClassifyComplaintLetter] = ("phân loại, xử lý đơn thư", Grant((Complaints, DataScope.OwnUnit))),
        // Điều 2.2a, 5.2: the People's Committee's resolution tasks in a file are entered and followed by its Office.
        [PortalAction.AssignComplaintTask] = ("giao nhiệm vụ giải quyết khiếu nại", All(Tracker, Clerk)),
        // The agency holding the case records the decision that resolved it (Biểu 01/KQGQ).
        [PortalAction.RecordComplaintDecision] = ("cập nhật kết quả giải quyết khiếu nại", Grant((Complaints, DataScope.OwnUnit))),
    };

    /// <summary>The actions that have a row; every value of <see cref="PortalAction"/> must be one of them.</summary>
    public static IEnumerable<PortalAction> Actions => Table.Keys;

    /// <summary>The widest scope any of the roles grants for the action.</summary>
    public static DataScope ScopeOf(IEnumerable<string> roles, PortalAction action)
    {
        var grants = Row(action).Grants;
        var scope = DataScope.None;
        foreach (var role in roles)
        {
            if (grants.TryGetValue(role, out var granted) && granted > scope) scope = granted;
        }
        return scope;
    }

    public static bool Allows(IEnumerable<string> roles, PortalAction action) => ScopeOf(roles, action) != DataScope.None;

    /// <summary>The roles that may take the action on at least some data (a page policy requires one of them).</summary>
    public static IReadOnlyList<string> RolesFor(PortalAction action) =>
        [.. Row(action).Grants.Where(g => g.Value != DataScope.None).Select(g => g.Key)];

    /// <summary>The roles that grant the action on every unit's data: for confirming a result, the people who may track a task.</summary>
    public static IReadOnlyList<string> RolesOnAll(PortalAction action) =>
        [.. Row(action).Grants.Where(g => g.Value == DataScope.All).Select(g => g.Key)];

    /// <summary>What the action is, in Vietnamese, for "you may not …" messages.</summary>
    public static string Label(PortalAction action) => Row(action).Label;

    private static (string Label, Dictionary<string, DataScope> Grants) Row(PortalAction action) =>
        Table.TryGetValue(action, out var row) ? row : throw new InvalidOperationException($"Thao tác {action} chưa có trong bảng phân quyền.");

    private static Dictionary<string, DataScope> Tasks() =>
        With(All(Readers), (UnitLeader, DataScope.Subtree), (UnitSpecialist, DataScope.Subtree));

    /// <summary>
    /// The assigner's steps (redirect or correct, confirm, decide an extension): the Office's trackers on any task they
    /// follow, a unit leader on the tasks they handed to a sub-unit (liên thông, hue-53 Điều 1–2). Who is the assigner of
    /// the task is the domain's check; this row only lets the leader reach it.
    /// </summary>
    private static Dictionary<string, DataScope> AssignerSteps() => Grant((Tracker, DataScope.All), (UnitLeader, DataScope.AsAssigner));

    /// <summary>
    /// Who names a stand-in for an absence (quyền, phụ trách): a leader — or a tracker, whose confirmations wait on them — for
    /// their own absence, with a person of their own unit; an administrator for anyone's.
    /// </summary>
    private static Dictionary<string, DataScope> StandIns() =>
        Grant((Admin, DataScope.All), (Leader, DataScope.OwnUnit), (OfficeLeader, DataScope.OwnUnit), (Tracker, DataScope.OwnUnit), (UnitLeader, DataScope.OwnUnit));

    private static Dictionary<string, DataScope> All(params string[] roles) => roles.ToDictionary(r => r, _ => DataScope.All);

    private static Dictionary<string, DataScope> Grant(params (string Role, DataScope Scope)[] grants) =>
        grants.ToDictionary(g => g.Role, g => g.Scope);

    private static Dictionary<string, DataScope> With(Dictionary<string, DataScope> grants, params (string Role, DataScope Scope)[] more)
    {
        foreach (var (role, scope) in more) grants[role] = scope;
        return grants;
    }
}
