using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Security;

namespace Portal.App.Features.Admin;

/// <summary>The province's rule profile as the administrator sets it; takes effect at once for entries, reminders and reports.</summary>
public sealed class RuleSettingsService(IDbContextFactory<PortalDbContext> dbFactory, RuleProfiles profiles, TimeProvider clock)
{
    public async Task<RuleSettingsForm> GetAsync(Actor actor, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.EditRules);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.DemandActiveAccountAsync(actor, clock.GetUtcNow(), ct);
        var saved = await db.RuleSettings.AsNoTracking().OrderBy(r => r.Id)
            .Select(r => new { Settings = r, Version = EF.Property<int>(r, PortalDbContext.VersionProperty) }).FirstOrDefaultAsync(ct);
        return saved is null ? RuleSettingsForm.From(profiles.Defaults(), 0) : RuleSettingsForm.From(saved.Settings, saved.Version);
    }

    public async Task SaveAsync(Actor actor, RuleSettingsForm form, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.EditRules);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.DemandActiveAccountAsync(actor, clock.GetUtcNow(), ct);
        var settings = await db.RuleSettings.OrderBy(r => r.Id).FirstOrDefaultAsync(ct);
        if (settings is null)
        {
            settings = profiles.Defaults();
            db.RuleSettings.Add(settings);
        }
        else
        {
            db.ExpectVersion(settings, form.Version);
        }
        settings.Change(form.EntryWorkingDays, form.EntryMultiTaskWorkingDays,
            form.UseCutOff ? TimeOnly.FromTimeSpan(form.EntryCutOff ?? throw new DomainException("Hãy nhập giờ chốt nhận văn bản.")) : null,
            form.UrgentSameDay, form.TracksTasksWithoutDeadline, form.WarningDays, form.UrgingIntervalDays, form.NoticesBeforeEscalation,
            form.EvaluationBase, form.OverdueDeduction, form.ExtensionDeduction, form.LateCompletionDeduction);
        settings.ChangeEscalationTarget(form.EscalationTarget);
        settings.ChangeExtensionDocuments(form.ExtensionDocumentsRequired);
        settings.ChangeUnitAccounts(form.OneUnitAccountPerUnit);
        settings.ChangeResponseDocuments(form.ResponseDocumentRequired);
        settings.ChangeUpdateDeadlines(form.AnswerEntryWorkingDays,
            form.AnswerEntryUseCutOff ? TimeOnly.FromTimeSpan(form.AnswerEntryCutOff ?? throw new DomainException("Hãy nhập giờ chốt cập nhật văn bản trả lời.")) : null,
            form.ReviewDeadline ? form.ReviewWorkingDays : null,
            form.ReviewDeadline && form.ReviewUseCutOff ? TimeOnly.FromTimeSpan(form.ReviewCutOff ?? throw new DomainException("Hãy nhập giờ chốt xem xét báo cáo.")) : null,
            form.LateUpdateDeduction);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException("Quy định vừa được người khác thay đổi; hãy tải lại trang và thực hiện lại.");
        }
        profiles.Invalidate();
    }
}
