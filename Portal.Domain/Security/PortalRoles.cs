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

    public static IReadOnlyList<string> All { get; } =
        [Administrator, ProvincialLeader, OfficeLeader, TrackingSpecialist, Clerk, UnitLeader, UnitSpecialist, Editor];

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
        _ => role,
    };
}
