namespace Portal.Domain.Cases;

/// <summary>Whether a limit counts working days or calendar days: the regulations use both (DOMAIN_FACTS §1.3).</summary>
public enum DeadlineUnit { WorkingDays, CalendarDays }
