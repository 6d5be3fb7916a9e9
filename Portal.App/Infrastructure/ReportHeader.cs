namespace Portal.App.Infrastructure;

/// <summary>
/// The names a province's reports and letters are headed with (Decree 30/2020): the place line ("Tỉnh Demo, ngày …"), the
/// People's Committee in capitals (an urging letter's issuer) and the body above the issuing one ("UBND TỈNH DEMO").
/// </summary>
public sealed record ReportHeader(string ProvinceName, string Committee, string ParentBody)
{
    public static ReportHeader From(PortalOptions options) => new(options.ProvinceName, options.ProvinceCommittee, options.ReportParentBody);
}
