using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Security;

namespace Portal.App.Features.Admin;

/// <summary>
/// The rule profile of the administrator's province (the root of their unit's branch, SPEC §1) as they set it; takes effect at
/// once for that province's entries, reminders and reports. Until the province saves its own, it runs on the installation's
/// default profile, which the first save copies.
/// </summary>
public sealed class RuleSettingsService(IDbContextFactory<PortalDbContext> dbFactory, RuleProfiles profiles, UnitTreeCache tree, TimeProvider clock)
{
    public async Task<RuleSettingsForm> GetAsync(Actor actor, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.EditRules);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.DemandActiveAccountAsync(actor, clock.GetUtcNow(), ct);
        var province = await tree.ProvinceOfAsync(actor.UnitId, ct);
        var own = await db.RuleSettings.AsNoTracking().Where(r => r.ProvinceId == province)
            .Select(r => new { Settings = r, Version = EF.Property<int>(r, PortalDbContext.VersionProperty) }).FirstOrDefaultAsync(ct);
        var form = own is null ? RuleSettingsForm.From(await profiles.SettingsAsync(province, ct), 0) : RuleSettingsForm.From(own.Settings, own.Version);
        form.OwnProfile = own is not null;
        form.Province = province is { } id ? await db.Units.AsNoTracking().Where(u => u.Id == id).Select(u => u.Name).SingleAsync(ct) : "";
        var configured = profiles.ConfiguredHeader;
        form.HeaderProvinceName ??= configured.ProvinceName;
        form.HeaderCommittee ??= configured.Committee;
        form.HeaderParentBody ??= configured.ParentBody;
        return form;
    }

    public async Task SaveAsync(Actor actor, RuleSettingsForm form, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.EditRules);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.DemandActiveAccountAsync(actor, clock.GetUtcNow(), ct);
        var province = await tree.ProvinceOfAsync(actor.UnitId, ct);
        var settings = await db.RuleSettings.Where(r => r.ProvinceId == province).OrderBy(r => r.Id).FirstOrDefaultAsync(ct);
        if (settings is null)
        {
            if (form.Version != 0) throw new DomainException("Quy định vừa được người khác thay đổi; hãy tải lại trang và thực hiện lại.");
            settings = (await profiles.SettingsAsync(province, ct)).ForProvince(province);
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
        settings.ChangeComplaintLimitUnits(form.ComplaintDecideUnit, form.ComplaintFirstUnit, form.ComplaintSecondUnit);
        settings.ChangeExtensionDocuments(form.ExtensionDocumentsRequired);
        settings.ChangeUnitAccounts(form.OneUnitAccountPerUnit);
        settings.ChangeResponseDocuments(form.ResponseDocumentRequired);
        settings.ChangeUpdateDeadlines(form.AnswerEntryWorkingDays,
            form.AnswerEntryUseCutOff ? TimeOnly.FromTimeSpan(form.AnswerEntryCutOff ?? throw new DomainException("Hãy nhập giờ chốt cập nhật văn bản trả lời.")) : null,
            form.ReviewDeadline ? form.ReviewWorkingDays : null,
            form.ReviewDeadline && form.ReviewUseCutOff ? TimeOnly.FromTimeSpan(form.ReviewCutOff ?? throw new DomainException("Hãy nhập giờ chốt xem xét báo cáo.")) : null,
            form.LateUpdateDeduction);
        var configured = profiles.ConfiguredHeader;
        settings.ChangeHeaders(Unless(form.HeaderProvinceName, configured.ProvinceName), Unless(form.HeaderCommittee, configured.Committee),
                               Unless(form.HeaderParentBody, configured.ParentBody));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A concurrent edit (the version moved), or a second first save of the same province (its unique index).
            throw new DomainException("Quy định vừa được người khác thay đổi; hãy tải lại trang và thực hiện lại.");
        }
        profiles.Invalidate();
    }

    /// <summary>A header name as typed, none when it is the configuration's (so a later change of the configuration applies).</summary>
    private static string? Unless(string? typed, string configured) =>
        string.IsNullOrWhiteSpace(typed) || typed.Trim() == configured ? null : typed.Trim();
}
