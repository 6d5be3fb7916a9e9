namespace Portal.Domain.Directives;

/// <summary>The field (lĩnh vực) a directive belongs to, as the Office's divisions split the work.</summary>
public enum DocumentField { TongHop, KinhTe, VanXa, NoiChinh, Khac }
