using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Cases;
using Portal.Domain.Files;
using Portal.Domain.People;
using Portal.Domain.Units;

namespace Portal.Data.Configurations;

internal sealed class CaseTaskConfiguration : IEntityTypeConfiguration<CaseTask>
{
    public void Configure(EntityTypeBuilder<CaseTask> builder)
    {
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(t => t.SourceReference).HasMaxLength(CaseTask.SourceReferenceMaxLength);
        builder.Property(t => t.Content).HasMaxLength(CaseTask.ContentMaxLength).IsRequired();
        builder.Property(t => t.SearchText).HasMaxLength(CaseTask.ContentMaxLength + CaseTask.SourceReferenceMaxLength).IsRequired();
        builder.Property(t => t.State).HasConversion<string>().HasMaxLength(30);
        builder.Property(t => t.LastDecision).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.LastDecisionReason).HasMaxLength(CaseTask.ReasonMaxLength);
        builder.HasOne<Portal.Domain.Press.PressItem>().WithMany().HasForeignKey(t => t.PressItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => t.PressItemId);
        builder.HasOne<Portal.Domain.Complaints.ComplaintCase>().WithMany().HasForeignKey(t => t.ComplaintCaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => t.ComplaintCaseId);
        builder.HasOne<Portal.Domain.Questions.CitizenQuestion>().WithMany().HasForeignKey(t => t.QuestionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => t.QuestionId);
        builder.Property<int>(PortalDbContext.VersionProperty).IsConcurrencyToken();
        builder.Ignore(t => t.PendingExtension);
        builder.Ignore(t => t.Rules);
        builder.Ignore(t => t.AnswerEnteredLate);

        builder.OwnsOne(t => t.Report, report =>
        {
            report.Property(r => r.Content).HasColumnName("ReportContent").HasMaxLength(ReportDraft.ContentMaxLength);
            report.Property(r => r.DocumentName).HasColumnName("ReportDocumentName").HasMaxLength(ReportDraft.DocumentNameMaxLength);
            report.Property(r => r.NumberAndSymbol).HasColumnName("ReportNumberAndSymbol").HasMaxLength(ReportDraft.NumberAndSymbolMaxLength);
            report.Property(r => r.Summary).HasColumnName("ReportSummary").HasMaxLength(ReportDraft.SummaryMaxLength);
            report.Property(r => r.DocumentDate).HasColumnName("ReportDocumentDate");
            report.Property(r => r.Signer).HasColumnName("ReportSigner").HasMaxLength(ReportDraft.SignerMaxLength);
            report.Property(r => r.AttachmentId).HasColumnName("ReportAttachmentId");
            report.Property(r => r.DocumentTime).HasColumnName("ReportDocumentTime");
        });

        builder.HasOne(t => t.Document).WithMany().HasForeignKey(t => t.DocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(t => t.ParentTask).WithMany().HasForeignKey(t => t.ParentTaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(t => t.LeadUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(t => t.DelegatedUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(t => t.SubmittingUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(t => t.CompilingUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(t => t.AssigneeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(t => t.TrackingSpecialistId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(t => t.TrackingDepartmentHeadId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(t => t.TrackingOfficeLeaderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(t => t.TrackingLeaderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(t => t.EscalatedToId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(t => t.CoordinatingUnits).WithOne().HasForeignKey(c => c.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.CoordinatingUnits).HasField("_coordinatingUnits");
        builder.HasMany(t => t.Participants).WithOne().HasForeignKey(p => p.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Participants).HasField("_participants");
        builder.HasMany(t => t.Contributions).WithOne().HasForeignKey(c => c.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Contributions).HasField("_contributions");
        builder.HasMany(t => t.Updates).WithOne().HasForeignKey(u => u.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Updates).HasField("_updates");
        builder.HasMany(t => t.ExtensionRequests).WithOne().HasForeignKey(r => r.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.ExtensionRequests).HasField("_extensionRequests");
        builder.Property(t => t.ReportingCycle).HasConversion<string>().HasMaxLength(20);
        builder.HasMany(t => t.Proposals).WithOne().HasForeignKey(p => p.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Proposals).HasField("_proposals");
        builder.HasMany(t => t.History).WithOne().HasForeignKey(h => h.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.History).HasField("_history");

        // The desk and the tracking lists filter on these.
        builder.HasIndex(t => new { t.LeadUnitId, t.State, t.EffectiveDeadline });
        builder.HasIndex(t => new { t.AssigneeId, t.State, t.EffectiveDeadline });
        // The Office's trackers and the provincial leaders follow tens of thousands of tasks each: their desk counts and the
        // first page of each list are read from these indexes alone (the id for the page's order, the escalation mark for
        // the escalated list, the kind for each section's count per kind, the answer-entry due date and the reporting cycle
        // with the last update for the "answers to enter" and "periodic update due" sections).
        builder.HasIndex(t => new { t.TrackingSpecialistId, t.State, t.EffectiveDeadline, t.Id, t.EscalatedAt, t.Kind, t.AnswerEntryDueOn, t.ReportingCycle, t.LastUpdateAt })
            .HasDatabaseName("IX_CaseTasks_TrackingSpecialist_Desk");
        builder.HasIndex(t => new { t.TrackingLeaderId, t.State, t.EffectiveDeadline, t.Id, t.EscalatedAt, t.Kind, t.AnswerEntryDueOn, t.ReportingCycle, t.LastUpdateAt })
            .HasDatabaseName("IX_CaseTasks_TrackingLeader_Desk");
        // The requests waiting for a tracker's answer.
        builder.HasIndex(t => new { t.TrackingSpecialistId, t.HasPendingRequest, t.Kind });
        // The leader a task was escalated to (reported to the Chairman or a vice-chairman): their escalated list.
        builder.HasIndex(t => new { t.EscalatedToId, t.State, t.EscalatedAt, t.EffectiveDeadline, t.Kind });
        // The whole register (the Office's leaders): counts by state and deadline, and the first page of the overdue and
        // escalated lists walked in deadline order.
        builder.HasIndex(t => new { t.State, t.EffectiveDeadline, t.Id, t.EscalatedAt, t.Kind });
        builder.HasIndex(t => new { t.EffectiveDeadline, t.State, t.Id, t.EscalatedAt, t.Kind });
        // The reminder passes: open tasks past due and not yet escalated; and the count of escalated ones.
        builder.HasIndex(t => new { t.EscalatedAt, t.State, t.EffectiveDeadline, t.Id, t.Kind });
        // The update-deadline passes and the whole register's desk sections: answers waiting to be entered, reports waiting
        // for review, periodic updates owed. The state leads: most tasks are completed and keep their dates, so a date-first
        // index would be walked through every completed task.
        builder.HasIndex(t => new { t.State, t.AnswerEntryDueOn, t.Kind });
        builder.HasIndex(t => new { t.State, t.ReviewDueOn, t.Kind });
        builder.HasIndex(t => new { t.State, t.ReportingCycle, t.LastUpdateAt, t.Kind });
        builder.HasIndex(t => t.DocumentId);
        builder.HasIndex(t => t.ParentTaskId);
        builder.HasIndex(t => t.AssignedAt);
        // Reports with the work carried over from earlier periods: the tasks not completed before a period's start.
        builder.HasIndex(t => new { t.CompletedAt, t.AssignedAt });
    }
}

internal sealed class TaskCoordinationConfiguration : IEntityTypeConfiguration<TaskCoordination>
{
    public void Configure(EntityTypeBuilder<TaskCoordination> builder)
    {
        builder.HasKey(c => new { c.TaskId, c.UnitId });
        builder.HasOne<Unit>().WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.UnitId);
    }
}

internal sealed class TaskParticipantConfiguration : IEntityTypeConfiguration<TaskParticipant>
{
    public void Configure(EntityTypeBuilder<TaskParticipant> builder)
    {
        builder.HasKey(p => new { p.TaskId, p.PersonId });
        builder.Property(p => p.Role).HasConversion<string>().HasMaxLength(30);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.PersonId);
    }
}

internal sealed class TaskContributionConfiguration : IEntityTypeConfiguration<TaskContribution>
{
    public void Configure(EntityTypeBuilder<TaskContribution> builder)
    {
        builder.Property(c => c.Content).HasMaxLength(TaskContribution.ContentMaxLength).IsRequired();
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(c => c.AttachmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.TaskId);
    }
}

internal sealed class TaskUpdateConfiguration : IEntityTypeConfiguration<TaskUpdate>
{
    public void Configure(EntityTypeBuilder<TaskUpdate> builder)
    {
        builder.Property(u => u.Content).HasMaxLength(TaskUpdate.ContentMaxLength).IsRequired();
        builder.Property(u => u.DelayReason).HasMaxLength(TaskUpdate.NoteMaxLength);
        builder.Property(u => u.Proposals).HasMaxLength(TaskUpdate.NoteMaxLength);
        builder.Property(u => u.AuthorCapacity).HasMaxLength(TaskHistoryEntry.ActorCapacityMaxLength);
        builder.HasOne<Person>().WithMany().HasForeignKey(u => u.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => new { u.TaskId, u.At });
    }
}

internal sealed class ExtensionRequestConfiguration : IEntityTypeConfiguration<ExtensionRequest>
{
    public void Configure(EntityTypeBuilder<ExtensionRequest> builder)
    {
        builder.Property(r => r.Reason).HasMaxLength(ExtensionRequest.ReasonMaxLength).IsRequired();
        builder.Property(r => r.DecisionNote).HasMaxLength(ExtensionRequest.ReasonMaxLength);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.RequestedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.DecidedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(r => r.DocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(r => r.DecisionDocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.TaskId, r.Status });
    }
}

internal sealed class TaskProposalConfiguration : IEntityTypeConfiguration<TaskProposal>
{
    public void Configure(EntityTypeBuilder<TaskProposal> builder)
    {
        builder.ToTable("TaskProposals");
        builder.Property(p => p.ProposedContent).HasMaxLength(CaseTask.ContentMaxLength);
        builder.Property(p => p.Reason).HasMaxLength(TaskProposal.ReasonMaxLength).IsRequired();
        builder.Property(p => p.AnswerNote).HasMaxLength(TaskProposal.ReasonMaxLength);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.ProposedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.AnsweredById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.TaskId, p.Status });
    }
}

internal sealed class TaskHistoryEntryConfiguration : IEntityTypeConfiguration<TaskHistoryEntry>
{
    public void Configure(EntityTypeBuilder<TaskHistoryEntry> builder)
    {
        builder.ToTable("TaskHistory");
        builder.Property(h => h.Action).HasMaxLength(100).IsRequired();
        builder.Property(h => h.Note).HasMaxLength(4000);
        builder.Property(h => h.Change).HasMaxLength(1000);
        builder.Property(h => h.ActorCapacity).HasMaxLength(TaskHistoryEntry.ActorCapacityMaxLength);
        builder.Property(h => h.FromState).HasConversion<string>().HasMaxLength(30);
        builder.Property(h => h.ToState).HasConversion<string>().HasMaxLength(30);
        builder.Property(h => h.Decision).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Person>().WithMany().HasForeignKey(h => h.ActorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(h => new { h.TaskId, h.At });
    }
}

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> builder)
    {
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Ignore(f => f.DownloadName);
        builder.Property(f => f.FileName).HasMaxLength(StoredFile.FileNameMaxLength).IsRequired();
        builder.Property(f => f.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(f => f.Sha256).HasMaxLength(64).IsRequired();
        builder.HasOne<Person>().WithMany().HasForeignKey(f => f.UploadedById).OnDelete(DeleteBehavior.Restrict);
    }
}
