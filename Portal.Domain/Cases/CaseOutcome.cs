namespace Portal.Domain.Cases;

/// <summary>A result the assigner may record when confirming a case, with the label the kind gives it.</summary>
public sealed record CaseOutcome(ReviewDecision Decision, string Label);
