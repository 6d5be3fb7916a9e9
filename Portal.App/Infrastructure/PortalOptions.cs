using System.ComponentModel.DataAnnotations;

namespace Portal.App.Infrastructure;

/// <summary>
/// The <c>Portal</c> settings that name the province on pages and in the official headers of every report and letter.
/// Bound once and validated at start-up: an empty name stops the portal with a message naming its key.
/// </summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>The province as pages and the place line of a report name it ("Tỉnh Demo, ngày …").</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Portal:ProvinceName không được để trống.")]
    [StringLength(100, ErrorMessage = "Portal:ProvinceName dài tối đa 100 ký tự.")]
    public string ProvinceName { get; set; } = "Tỉnh Demo";

    /// <summary>The People's Committee in capitals, at the head of an urging letter.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Portal:ProvinceCommittee không được để trống.")]
    [StringLength(150, ErrorMessage = "Portal:ProvinceCommittee dài tối đa 150 ký tự.")]
    public string ProvinceCommittee { get; set; } = "ỦY BAN NHÂN DÂN TỈNH DEMO";

    /// <summary>The body above the issuing one in a report's header (Decree 30/2020: "UBND TỈNH …").</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Portal:ReportParentBody không được để trống.")]
    [StringLength(150, ErrorMessage = "Portal:ReportParentBody dài tối đa 150 ký tự.")]
    public string ReportParentBody { get; set; } = "UBND TỈNH DEMO";
}
