namespace Portal.Domain.Directives;

public enum DocumentUrgency { Normal, Khan, ThuongKhan, HoaToc }
