namespace Portal.Domain;

/// <summary>A business rule was broken. The message is Vietnamese and meant for the user.</summary>
public class DomainException(string message) : Exception(message);
