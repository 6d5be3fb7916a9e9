namespace Portal.Domain.Cases;

public enum ReviewDecision { Accepted, Rejected }
