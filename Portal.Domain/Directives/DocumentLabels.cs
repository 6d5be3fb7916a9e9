namespace Portal.Domain.Directives;

public static class DocumentLabels
{
    public static string Of(DocumentType type) => type switch
    {
        DocumentType.QuyetDinh => "Quyết định",
        DocumentType.ChiThi => "Chỉ thị",
        DocumentType.CongVan => "Công văn",
        DocumentType.ThongBao => "Thông báo",
        DocumentType.KeHoach => "Kế hoạch",
        DocumentType.ChuongTrinh => "Chương trình",
        DocumentType.CongDien => "Công điện",
        DocumentType.PhieuLayYKien => "Phiếu lấy ý kiến",
        DocumentType.NghiQuyet => "Nghị quyết",
        DocumentType.BaoCao => "Báo cáo",
        DocumentType.ToTrinh => "Tờ trình",
        _ => "Văn bản khác",
    };

    public static string Of(DocumentUrgency urgency) => urgency switch
    {
        DocumentUrgency.Normal => "Thường",
        DocumentUrgency.Khan => "Khẩn",
        DocumentUrgency.ThuongKhan => "Thượng khẩn",
        DocumentUrgency.HoaToc => "Hỏa tốc",
        _ => throw new ArgumentOutOfRangeException(nameof(urgency)),
    };

    public static string Of(DocumentField field) => field switch
    {
        DocumentField.TongHop => "Tổng hợp",
        DocumentField.KinhTe => "Kinh tế",
        DocumentField.VanXa => "Văn hóa - Xã hội",
        DocumentField.NoiChinh => "Nội chính",
        _ => "Khác",
    };

    public static string Of(SigningAuthority authority) => authority == SigningAuthority.None ? "" : authority + ".";
}
