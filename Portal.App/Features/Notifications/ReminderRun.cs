using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.Notifications;

namespace Portal.App.Features.Notifications;

public sealed record ReminderRun(int Warnings, int Overdue, int Notices, int Escalations, int Updates = 0)
{
    public static ReminderRun operator +(ReminderRun a, ReminderRun b) =>
        new(a.Warnings + b.Warnings, a.Overdue + b.Overdue, a.Notices + b.Notices, a.Escalations + b.Escalations, a.Updates + b.Updates);

    public override string ToString() =>
        $"{Warnings} cảnh báo sắp đến hạn, {Overdue} thông báo quá hạn, {Notices} phiếu báo, {Escalations} nhiệm vụ báo cáo Chủ tịch, {Updates} nhắc hạn cập nhật";
}
