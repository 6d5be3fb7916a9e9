namespace Portal.Domain.Cases;

public enum TaskStage { NotStarted, InProgress, AwaitingConfirmation, Completed }
