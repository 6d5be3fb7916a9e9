using Portal.App.Features.Tasks;
using Portal.App.Infrastructure;
using Portal.Domain.Security;

namespace Portal.App.Features.Desk;

/// <summary>The personal desk: what needs the signed-in person's attention now, by role.</summary>
public sealed class DeskService(TaskQueryService tasks)
{
    public const int TopRows = 5;

    public async Task<IReadOnlyList<DeskSection>> GetAsync(Actor actor, CancellationToken ct = default)
    {
        var sections = new List<(TaskView View, string Title, string Description, bool Alert, bool OnlyWhenAny)>();
        // A unit account reports for its unit and never approves (Khánh Hòa 1986 Điều 4.2c): the unit's tasks, no leader's sections.
        var leader = actor.IsIn(PortalRoles.UnitLeader) && !actor.IsUnitAccount;
        if (actor.IsIn(PortalRoles.UnitLeader) || actor.IsIn(PortalRoles.UnitSpecialist))
        {
            sections.Add((TaskView.New, "Nhiệm vụ mới", leader || actor.IsUnitAccount
                ? "Nhiệm vụ giao cho đơn vị, chưa tiếp nhận" : "Nhiệm vụ được giao cho bạn, chưa mở xem", false, false));
        }
        if (leader)
        {
            sections.Add((TaskView.DraftsToApprove, "Dự thảo chờ duyệt", "Báo cáo do chuyên viên trình, chờ bạn phê duyệt", false, false));
        }
        if (actor.IsIn(PortalRoles.TrackingSpecialist))
        {
            sections.Add((TaskView.AwaitingConfirmation, "Chờ xác nhận kết quả", "Báo cáo đơn vị đã gửi, chờ bạn xác nhận", false, false));
            sections.Add((TaskView.ReviewDue, "Đến hạn xem xét báo cáo", "Báo cáo phải xem xét, xác nhận trong hôm nay hoặc đã quá hạn xem xét", true, false));
            sections.Add((TaskView.Returned, "Bị đơn vị trả lại", "Nhiệm vụ cần điều chỉnh hoặc chuyển đơn vị khác", true, false));
            sections.Add((TaskView.PendingRequests, "Đề nghị chờ xử lý", "Đơn vị đề nghị gia hạn hoặc đề xuất điều chỉnh nhiệm vụ", true, false));
        }
        else if (leader)
        {
            // A leader who handed tasks to sub-units is their assigner (liên thông): their reports and returns come back here.
            sections.Add((TaskView.AwaitingConfirmation, "Chờ xác nhận kết quả", "Báo cáo của đơn vị trực thuộc, chờ bạn xác nhận", false, true));
            sections.Add((TaskView.ReviewDue, "Đến hạn xem xét báo cáo", "Báo cáo của đơn vị trực thuộc phải xem xét trong hôm nay hoặc đã quá hạn", true, true));
            sections.Add((TaskView.Returned, "Bị đơn vị trực thuộc trả lại", "Nhiệm vụ cần giao lại hoặc tự xử lý", true, true));
            sections.Add((TaskView.PendingRequests, "Đề nghị của đơn vị trực thuộc", "Đề nghị gia hạn hoặc đề xuất điều chỉnh chờ bạn xử lý", true, true));
        }
        if (actor.IsIn(PortalRoles.UnitLeader) || actor.IsIn(PortalRoles.TrackingSpecialist))
        {
            sections.Add((TaskView.LateContributions, "Đơn vị phối hợp chậm góp ý", "Đã quá hạn góp ý mà đơn vị phối hợp chưa gửi ý kiến", true, true));
        }
        if (actor.IsIn(PortalRoles.ProvincialLeader) || actor.IsIn(PortalRoles.OfficeLeader) || actor.IsIn(PortalRoles.TrackingSpecialist))
        {
            sections.Add((TaskView.Escalated, "Báo cáo Chủ tịch UBND tỉnh", "Quá 03 phiếu báo mà đơn vị chưa có kết quả", true, false));
        }
        var tracksTasks = actor.IsIn(PortalRoles.UnitLeader) || actor.IsIn(PortalRoles.UnitSpecialist) || actor.IsIn(PortalRoles.TrackingSpecialist)
                          || actor.IsIn(PortalRoles.ProvincialLeader) || actor.IsIn(PortalRoles.OfficeLeader);
        if (tracksTasks)
        {
            sections.Add((TaskView.AnswersToEnter, "Văn bản trả lời chờ cập nhật", "Đã ban hành văn bản trả lời, phải gửi báo cáo lên hệ thống trong hạn cập nhật", true, true));
            sections.Add((TaskView.PeriodicUpdates, "Đến kỳ cập nhật tình hình", "Nhiệm vụ không thời hạn báo cáo định kỳ, chưa cập nhật trong kỳ này", false, true));
            sections.Add((TaskView.DueSoon, "Sắp đến hạn", $"Hạn xử lý trong {tasks.DueSoonWorkingDays} ngày làm việc tới", false, false));
            sections.Add((TaskView.Overdue, "Quá hạn", "Đã quá hạn mà chưa có kết quả", true, false));
        }

        var result = new List<DeskSection>(sections.Count);
        foreach (var s in sections)
        {
            // Each kind counted on its own in the same grouped count that gives the section's total.
            var page = await tasks.ListAsync(actor, new TaskFilter { View = s.View }, 0, TopRows, ct, countKinds: true);
            if (s.OnlyWhenAny && page.Total == 0) continue;
            var byKind = page.ByKind;
            result.Add(new DeskSection(s.View, s.Title, s.Description, s.Alert, page.Total, page.Rows)
            {
                ByKind = byKind.Count > 1 || byKind.Any(k => k.Kind != Portal.Domain.Cases.CaseKind.Directive) ? byKind : [],
            });
        }
        return result;
    }

    public static string TitleOf(TaskView view) => view switch
    {
        TaskView.New => "Nhiệm vụ mới",
        TaskView.DueSoon => "Nhiệm vụ sắp đến hạn",
        TaskView.Overdue => "Nhiệm vụ quá hạn",
        TaskView.DraftsToApprove => "Dự thảo chờ duyệt",
        TaskView.AwaitingConfirmation => "Chờ xác nhận kết quả",
        TaskView.Returned => "Nhiệm vụ bị trả lại",
        TaskView.MyUnit => "Nhiệm vụ của đơn vị",
        TaskView.Escalated => "Nhiệm vụ báo cáo Chủ tịch UBND tỉnh",
        TaskView.LateContributions => "Nhiệm vụ có đơn vị phối hợp chậm góp ý",
        TaskView.PendingRequests => "Đề nghị gia hạn, đề xuất điều chỉnh chờ xử lý",
        TaskView.PeriodicUpdates => "Nhiệm vụ đến kỳ cập nhật tình hình",
        TaskView.AnswersToEnter => "Văn bản trả lời chờ cập nhật",
        TaskView.ReviewDue => "Báo cáo đến hạn xem xét",
        _ => "Danh sách nhiệm vụ",
    };
}
