using System.ComponentModel.DataAnnotations;

namespace Portal.App.Infrastructure;

/// <summary>
/// The <c>Portal</c> settings: the province's names on pages and in the official headers of every report and letter, the
/// defaults of the rule profile, and the desk's and lists' reach. Bound once and validated at start-up: a wrong value stops
/// the portal with a message naming its key.
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

    /// <summary>The entry-deadline rule until the administrator saves the province's rule profile.</summary>
    [RegularExpression("^(Hue|KhanhHoa|DongThap)$", ErrorMessage = "Portal:EntryRule phải là Hue, KhanhHoa hoặc DongThap.")]
    public string EntryRule { get; set; } = "Hue";

    /// <summary>Whether tasks without a deadline are entered, until the rule profile is saved (default: all but Đồng Tháp).</summary>
    public bool? TrackTasksWithoutDeadline { get; set; }

    /// <summary>How many working days ahead the desk's "due soon" list looks.</summary>
    [Range(1, 20, ErrorMessage = "Portal:DueSoonWorkingDays phải từ 1 đến 20 ngày làm việc.")]
    public int DueSoonWorkingDays { get; set; } = 3;

    /// <summary>How far a text search counts its matches; past it the list says "hơn …".</summary>
    [Range(1, 1_000_000, ErrorMessage = "Portal:TextSearchCountLimit phải từ 1 đến 1000000.")]
    public int TextSearchCountLimit { get; set; } = 1_000;
}
