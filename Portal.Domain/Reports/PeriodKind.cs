namespace Portal.Domain.Reports;

public enum PeriodKind { Month, Quarter, FirstHalf, NineMonths, Year, Custom, SecondHalf }
