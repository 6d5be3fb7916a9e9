namespace Portal.Domain.Units;

public enum UnitStatus { Active, Merged, Split, Dissolved }
