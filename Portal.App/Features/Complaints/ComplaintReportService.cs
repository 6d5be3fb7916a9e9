using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Features.Reports;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Complaints;
using Portal.Domain.Reports;
using Portal.Domain.Security;

namespace Portal.App.Features.Complaints;

public sealed record ComplaintFormRow(int AgencyId, string Agency, IReadOnlyList<decimal> Figures);

/// <summary>A form's figures for a period: a row per intake agency that holds letters or cases of it, and the total.</summary>
public sealed record ComplaintFormReport(IComplaintForm Form, ReportPeriod Period, string Scope, IReadOnlyList<ComplaintFormRow> Rows, IReadOnlyList<decimal> Totals);

/// <summary>
/// The inspectorate's statistical forms of letters (Quyết định 1122/2017 Điều 6, Thông tư 01/2024/TT-TTCP) for any period, per
/// agency or province-wide: each letter's standing in the period (<see cref="LetterFacts"/>) counted by the form's columns
/// (<see cref="ComplaintForms"/>). Readers are those who may look letters up (the data is the province's, Điều 3.3).
/// </summary>
public sealed class ComplaintReportService(IDbContextFactory<PortalDbContext> dbFactory, UnitTreeCache tree)
{
    public async Task<ComplaintFormReport> BuildAsync(Actor actor, IComplaintForm form, ReportPeriod period, int? agencyId = null, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.LookUpComplaints);
        var province = await tree.ReaderProvinceAsync(actor.UnitId, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (agencies, totals) = form switch
        {
            ComplaintFormDefinition<LetterFacts> letters => await LettersAsync(db, letters, province, period, agencyId, ct),
            ComplaintFormDefinition<CaseFacts> cases => await CasesAsync(db, cases, province, period, agencyId, ct),
            _ => throw new InvalidOperationException($"Biểu {form.Code} không đếm đơn hay vụ việc."),
        };
        var ids = agencies.Select(a => a.AgencyId).ToList();
        var names = await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var table = agencies.Select(a => a with { Agency = names.GetValueOrDefault(a.AgencyId, "") })
            .OrderBy(r => r.Agency, StringComparer.Create(VietnameseDates.Culture, false)).ToList();
        var scope = agencyId is { } id ? (await db.Units.AsNoTracking().Where(u => u.Id == id).Select(u => u.Name).SingleOrDefaultAsync(ct) ?? "") : "Toàn tỉnh";
        return new ComplaintFormReport(form, period, scope, table, totals);
    }

    private static async Task<(List<ComplaintFormRow>, decimal[])> CasesAsync(PortalDbContext db, ComplaintFormDefinition<CaseFacts> form, int province,
                                                                              ReportPeriod period, int? agencyId, CancellationToken ct)
    {
        var (from, to) = (period.From, period.To);
        var cases = db.ComplaintCases.AsNoTracking().Where(c => c.ProvinceId == province && c.AcceptedOn != null && c.AcceptedOn <= to
                                                                && (c.ResolvedOn == null || c.ResolvedOn >= from));
        if (agencyId is { } agency) cases = cases.Where(c => c.AgencyId == agency);
        var facts = (await cases.ToListAsync(ct)).Select(c => CaseFacts.For(c, from, to)).OfType<CaseFacts>().Where(form.Scope).ToList();
        var rows = facts.GroupBy(f => f.AgencyId).Select(g => new ComplaintFormRow(g.Key, "", form.Figures(g, f => f.CaseId))).ToList();
        return (rows, form.Figures(facts, f => f.CaseId));
    }

    private static async Task<(List<ComplaintFormRow>, decimal[])> LettersAsync(PortalDbContext db, ComplaintFormDefinition<LetterFacts> form, int province,
                                                                                ReportPeriod period, int? agencyId, CancellationToken ct)
    {
        var (from, to) = (period.From, period.To);
        var letters = db.ComplaintLetters.AsNoTracking()
            .Where(l => l.ProvinceId == province && l.ReceivedOn <= to && (l.ReceivedOn >= from || l.DecidedOn == null || l.DecidedOn >= from));
        if (agencyId is { } agency) letters = letters.Where(l => l.AgencyId == agency);
        var read = await letters
            .Select(l => new { l.Id, l.CaseId, l.AgencyId, l.ReceivedOn, l.DecidedOn, l.Stage, l.ContentKind, l.Competence, l.Field, l.CourtJudgment, l.Case.Round, l.Case.ResolvedOn })
            .ToListAsync(ct);
        var facts = read.Select(l => LetterFacts.For(l.Id, l.CaseId, l.AgencyId, l.ReceivedOn, l.DecidedOn, l.Stage, l.ContentKind, l.Competence, l.Field,
                                                     l.CourtJudgment, l.Round, l.ResolvedOn, from, to))
            .OfType<LetterFacts>().Where(form.Scope).ToList();
        var rows = facts.GroupBy(f => f.AgencyId).Select(g => new ComplaintFormRow(g.Key, "", form.Figures(g, f => f.CaseId))).ToList();
        return (rows, form.Figures(facts, f => f.CaseId));
    }
}

/// <summary>A form as a print-ready workbook in the house format: the headings in up to three levels, a column number row, a row per agency, the total.</summary>
public sealed class ComplaintFormExporter(IOptions<PortalOptions> portal)
{
    public static string FileName(ComplaintFormReport report) => $"Bieu{report.Form.Code.Replace("/", "", StringComparison.Ordinal)}_{report.Period.From:yyyyMMdd}-{report.Period.To:yyyyMMdd}.xlsx";

    public byte[] Export(ComplaintFormReport report, DateOnly issuedOn, ReportHeader? header = null)
    {
        var names = header ?? ReportHeader.From(portal.Value);
        var columns = report.Form.Headings;
        var book = new OfficialWorkbook("Biểu", [6, 30, .. columns.Select(c => c.Label.Contains("(đồng)", StringComparison.Ordinal) ? 16.0 : 9.0)], landscape: true);
        book.Header(names.ParentBody, report.Scope.ToUpperInvariant(), $"Biểu số: {report.Form.Code}", names.ProvinceName, issuedOn);
        book.ReportTitle(report.Form.Title, $"(Số liệu tính từ ngày {report.Period.From:dd'/'MM'/'yyyy} đến ngày {report.Period.To:dd'/'MM'/'yyyy})");
        book.Skip();
        var head = book.BeginTable(headerRows: 4);
        book.HeaderCell(head, 1, "STT", rowSpan: 3);
        book.HeaderCell(head, 2, "Đơn vị", rowSpan: 3);
        // Headings: a group over its columns, a sub-group over its own, the label below (spanning the rows a missing sub-group leaves).
        for (var i = 0; i < columns.Count;)
        {
            var group = columns[i].Group;
            var end = i;
            while (end + 1 < columns.Count && columns[end + 1].Group == group) end++;
            var groupSpan = end - i + 1;
            if (groupSpan == 1 && columns[i].SubGroup is null) book.HeaderCell(head, 3 + i, $"{group}: {columns[i].Label}", rowSpan: 3);
            else
            {
                book.HeaderCell(head, 3 + i, group, columnSpan: groupSpan);
                for (var j = i; j <= end;)
                {
                    var sub = columns[j].SubGroup;
                    var subEnd = j;
                    while (subEnd + 1 <= end && columns[subEnd + 1].SubGroup == sub) subEnd++;
                    if (sub is null)
                        for (var k = j; k <= subEnd; k++) book.HeaderCell(head + 1, 3 + k, columns[k].Label, rowSpan: 2);
                    else
                    {
                        book.HeaderCell(head + 1, 3 + j, sub, columnSpan: subEnd - j + 1);
                        for (var k = j; k <= subEnd; k++) book.HeaderCell(head + 2, 3 + k, columns[k].Label);
                    }
                    j = subEnd + 1;
                }
            }
            i = end + 1;
        }
        // The row of column numbers, as the official forms have it.
        book.HeaderCell(head + 3, 1, "A");
        book.HeaderCell(head + 3, 2, "B");
        for (var i = 0; i < columns.Count; i++) book.HeaderCell(head + 3, 3 + i, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var number = 0;
        foreach (var row in report.Rows) book.AddRow([$"{++number}.", row.Agency, .. row.Figures.Select(Cell)]);
        book.AddRow(["Tổng cộng", null, .. report.Totals.Select(Cell)]);
        book.Sheet.Range(book.Row, 1, book.Row, 2).Merge();
        book.Sheet.Row(book.Row).Style.Font.Bold = true;
        book.EndTable(head);
        book.Sheet.Cell(head, 1).WorksheetRow().Height = 45;
        book.Signature("THỦ TRƯỞNG CƠ QUAN", recipients: null);
        return book.ToBytes();
    }

    // Counts as whole numbers, amounts (money, land) with their decimals.
    private static object Cell(decimal value) => value == decimal.Truncate(value) && value is <= int.MaxValue and >= int.MinValue ? (int)value : (double)value;
}
