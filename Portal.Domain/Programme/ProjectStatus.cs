namespace Portal.Domain.Programme;

public enum ProjectStatus { Planned, Submitted, Issued, Withdrawn }
