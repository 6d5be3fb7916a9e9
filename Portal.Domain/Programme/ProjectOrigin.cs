namespace Portal.Domain.Programme;

public enum ProjectOrigin { Registered, Added }
