using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Portal.App.Infrastructure;

/// <summary>
/// MudBlazor's own words (button labels, aria labels, pager texts) in Vietnamese, whatever the server's culture; a key not
/// listed here falls back to MudBlazor's built-in English.
/// </summary>
public sealed class VietnameseMudTexts(ILoggerFactory loggerFactory) : ILocalizationInterceptor
{
    private readonly DefaultLocalizationInterceptor _fallback = new(loggerFactory);

    public static IReadOnlyDictionary<string, string> Texts { get; } = new Dictionary<string, string>
    {
        ["MudAlert_Close"] = "Đóng",
        ["MudBaseDatePicker_NextMonth"] = "Tháng sau",
        ["MudBaseDatePicker_NextYear"] = "Năm sau",
        ["MudBaseDatePicker_Open"] = "Mở lịch",
        ["MudBaseDatePicker_PrevMonth"] = "Tháng trước",
        ["MudBaseDatePicker_PrevYear"] = "Năm trước",
        ["MudBreadcrumbs_Label"] = "Đường dẫn",
        ["MudChip_Close"] = "Bỏ",
        ["MudDataGridPager_AllItems"] = "Tất cả",
        ["MudDataGridPager_FirstPage"] = "Trang đầu",
        ["MudDataGridPager_InfoFormat"] = "{first_item}–{last_item} / {all_items}",
        ["MudDataGridPager_LastPage"] = "Trang cuối",
        ["MudDataGridPager_NextPage"] = "Trang sau",
        ["MudDataGridPager_PreviousPage"] = "Trang trước",
        ["MudDataGridPager_RowsPerPage"] = "Số dòng mỗi trang:",
        ["MudDataGrid_Clear"] = "Xóa",
        ["MudDataGrid_Loading"] = "Đang tải…",
        ["MudDateRangePicker_End"] = "Đến ngày",
        ["MudDateRangePicker_Start"] = "Từ ngày",
        ["MudDialog_Close"] = "Đóng",
        ["MudFileUpload_Button"] = "Chọn tệp",
        ["MudFileUpload_DragAndDrop"] = "Kéo thả tệp vào đây",
        ["MudFormComponent_Required"] = "Bắt buộc",
        ["MudInput_Clear"] = "Xóa",
        ["MudInput_Decrement"] = "Giảm",
        ["MudInput_Increment"] = "Tăng",
        ["MudNavGroup_ToggleExpand"] = "Mở/thu gọn {0}",
        ["MudPagination_CurrentPage"] = "Trang hiện tại {0}",
        ["MudPagination_FirstPage"] = "Trang đầu",
        ["MudPagination_LastPage"] = "Trang cuối",
        ["MudPagination_NextPage"] = "Trang sau",
        ["MudPagination_PageIndex"] = "Trang {0}",
        ["MudPagination_PreviousPage"] = "Trang trước",
        ["MudRangeInput_End"] = "Đến",
        ["MudRangeInput_Start"] = "Từ",
        ["MudSelect_SelectAll"] = "Chọn tất cả",
        ["MudSnackbar_Close"] = "Đóng",
        ["MudStepper_Complete"] = "Hoàn thành",
        ["MudStepper_Next"] = "Tiếp",
        ["MudStepper_Previous"] = "Trước",
        ["MudStepper_Reset"] = "Làm lại",
        ["MudStepper_Skip"] = "Bỏ qua",
        ["MudTablePager_FirstPage"] = "Trang đầu",
        ["MudTablePager_LastPage"] = "Trang cuối",
        ["MudTablePager_NextPage"] = "Trang sau",
        ["MudTablePager_PreviousPage"] = "Trang trước",
        ["MudTable_CancelEditRow"] = "Hủy sửa",
        ["MudTable_CollapseGroup"] = "Thu gọn nhóm",
        ["MudTable_CommitRow"] = "Lưu dòng",
        ["MudTable_EditRow"] = "Sửa dòng",
        ["MudTable_ExpandGroup"] = "Mở rộng nhóm",
        ["MudTable_Loading"] = "Đang tải…",
        ["MudTable_SelectAllRows"] = "Chọn tất cả các dòng",
        ["MudTable_SelectGroup"] = "Chọn nhóm",
        ["MudTable_SelectRow"] = "Chọn dòng",
        ["MudTabs_AddTab"] = "Thêm thẻ",
        ["MudTabs_CloseTab"] = "Đóng thẻ",
        ["MudTabs_ScrollDown"] = "Cuộn xuống",
        ["MudTabs_ScrollLeft"] = "Cuộn sang trái",
        ["MudTabs_ScrollRight"] = "Cuộn sang phải",
        ["MudTabs_ScrollUp"] = "Cuộn lên",
        ["MudTimePicker_Open"] = "Mở chọn giờ",
        ["MudTreeView_CollapseItem"] = "Thu gọn",
        ["MudTreeView_ExpandItem"] = "Mở rộng",
    };

    public LocalizedString Handle(string key, params object[] arguments) =>
        Texts.TryGetValue(key, out var text)
            ? new LocalizedString(key, arguments.Length == 0 ? text : string.Format(VietnameseDates.Culture, text, arguments), resourceNotFound: false)
            : _fallback.Handle(key, arguments);
}
