namespace Portal.Domain.Cases;

public enum Timeliness { OnTime, Overdue, NoDeadline }
