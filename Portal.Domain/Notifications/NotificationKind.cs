namespace Portal.Domain.Notifications;

public enum NotificationKind
{
    NewTask, TaskReturned, DraftAwaitingApproval, DraftSentBack, ReportSubmitted, ReportConfirmed, ReportFailed,
    ExtensionRequested, ExtensionDecided, DeadlineApproaching, Overdue, UrgingNotice, Escalation, ProposalSubmitted, ProposalAnswered,
    AnswerEntryDue, AnswerEntryOverdue, ReviewDue, ReviewOverdue, PeriodicUpdateDue, PeriodicUpdateMissed,
    PressDigestMissing, QuestionsToScreen, QuestionsToRoute, QuestionRouted, QuestionOpinionAsked, QuestionOpinionGiven,
    ComplaintDecisionDue, ComplaintDecisionOverdue, ComplaintResolutionDue, ComplaintResolutionOverdue,
}
