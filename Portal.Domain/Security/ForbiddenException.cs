namespace Portal.Domain.Security;

/// <summary>The person's roles do not allow the action on this data; nothing was done.</summary>
public sealed class ForbiddenException(string message) : DomainException(message);
