namespace Portal.Domain.Cases;

public enum ExtensionStatus { Pending, Approved, Refused }
