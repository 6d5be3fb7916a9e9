namespace Portal.App.Infrastructure;

/// <summary>Another user changed the record since it was shown; nothing of this attempt was saved.</summary>
public sealed class ConcurrencyConflictException(string message) : Exception(message);
