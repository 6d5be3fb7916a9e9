namespace Portal.Domain.Directives;

/// <summary>Document types of Decree 30/2020 Art. 7 that carry directions.</summary>
public enum DocumentType
{
    QuyetDinh, ChiThi, CongVan, ThongBao, KeHoach, ChuongTrinh, CongDien, PhieuLayYKien, NghiQuyet, BaoCao, ToTrinh, Khac,
}
