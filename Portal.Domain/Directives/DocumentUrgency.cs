using Portal.Domain.Text;

namespace Portal.Domain.Directives;

public enum DocumentUrgency { Normal, Khan, ThuongKhan, HoaToc }
