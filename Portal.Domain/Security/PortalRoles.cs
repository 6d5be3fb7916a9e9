namespace Portal.Domain.Security;

/// <summary>The roles of SPEC §2. Names are stable identifiers; labels are what users read.</summary>
public static class PortalRoles
{
    public const string Administrator = "Administrator";
    public const string ProvincialLeader = "ProvincialLeader";
    public const string OfficeLeader = "OfficeLeader";
    public const string TrackingSpecialist = "TrackingSpecialist";
    public const string Clerk = "Clerk";
    public const string UnitLeader = "UnitLeader";
    public const string UnitSpecialist = "UnitSpecialist";
    public const string Editor = "Editor";
    /// <summary>The intake clerk of an agency that receives complaint letters (Quyết định 1122/2017 Điều 2.1): inspectorates, citizen-reception boards, communes.</summary>
    public const string ComplaintOfficer = "ComplaintOfficer";

    public static IReadOnlyList<string> All { get; } =
        [Administrator, ProvincialLeader, OfficeLeader, TrackingSpecialist, Clerk, UnitLeader, UnitSpecialist, Editor, ComplaintOfficer];

    public static string Label(string role) => role switch
    {
        Administrator => "Quản trị hệ thống",
        ProvincialLeader => "Lãnh đạo UBND",
        OfficeLeader => "Lãnh đạo Văn phòng",
        TrackingSpecialist => "Chuyên viên theo dõi",
        Clerk => "Văn thư",
        UnitLeader => "Lãnh đạo đơn vị",
        UnitSpecialist => "Chuyên viên đơn vị",
        Editor => "Biên tập viên",
        ComplaintOfficer => "Cán bộ xử lý đơn thư",
        _ => role,
    };
}
