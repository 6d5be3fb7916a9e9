namespace Portal.Domain.Cases;

/// <summary>Every step a person can take on a case; <see cref="CaseGuards"/> says who may take it in which state.</summary>
public enum CaseStep
{
    Receive,
    Return,
    Redirect,
    Correct,
    Delegate,
    DelegateToSubUnit,
    SaveDraft,
    SubmitDraft,
    SendBackDraft,
    Approve,
    Confirm,
    FileProgress,
    Contribute,
    RequestExtension,
    DecideExtension,
    Publish,
    AskContribution,
    ProposeAdjustment,
    AnswerProposal,
    RecordCompletion,
}
