using ClosedXML.Excel;

namespace Portal.App.Features.Reports;

/// <summary>
/// The frame every official report shares (Decree 30/2020 layout): the two-column national header, the number line,
/// place and date, the title, a bordered table with merged group headers and a totals row repeated-header print
/// setup on A4, Times New Roman, and the signature block. Column widths are set here, never measured.
/// </summary>
internal sealed class OfficialWorkbook(string sheetName, double[] columnWidths, bool landscape)
{
    private readonly XLWorkbook _workbook = new();
    private IXLWorksheet? _sheet;
    private int _row;

    public int Columns => columnWidths.Length;

    public IXLWorksheet Sheet => _sheet ??= CreateSheet();

    public int Row => _row;

    private IXLWorksheet CreateSheet()
    {
        var sheet = _workbook.Worksheets.Add(sheetName);
        sheet.Style.Font.FontName = "Times New Roman";
        sheet.Style.Font.FontSize = 12;
        for (var i = 0; i < columnWidths.Length; i++) sheet.Column(i + 1).Width = columnWidths[i];
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        sheet.PageSetup.PageOrientation = landscape ? XLPageOrientation.Landscape : XLPageOrientation.Portrait;
        sheet.PageSetup.Margins.Left = 0.8;
        sheet.PageSetup.Margins.Right = 0.4;
        sheet.PageSetup.Margins.Top = 0.6;
        sheet.PageSetup.Margins.Bottom = 0.6;
        sheet.PageSetup.FitToPages(1, 0);
        sheet.PageSetup.CenterHorizontally = true;
        return sheet;
    }

    /// <summary>Issuing body | national motto, number line | place and date (rows 1–4).</summary>
    public void Header(string parentBody, string issuingBody, string numberLine, string place, DateOnly date)
    {
        var split = Columns <= 4 ? 2 : Columns / 2 - 1;
        Text(1, 1, split, parentBody, bold: false);
        Text(1, split + 1, Columns, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true);
        Text(2, 1, split, issuingBody, bold: true);
        var motto = Text(2, split + 1, Columns, "Độc lập - Tự do - Hạnh phúc", bold: true);
        motto.Style.Font.Underline = XLFontUnderlineValues.Single;
        Text(4, 1, split, numberLine, bold: false);
        var when = Text(4, split + 1, Columns, $"{place}, ngày {date.Day:00} tháng {date.Month:00} năm {date.Year}", bold: false);
        when.Style.Font.Italic = true;
        _row = 5;
    }

    public IXLRange Text(int row, int fromColumn, int toColumn, string text, bool bold, double? size = null,
                         XLAlignmentHorizontalValues align = XLAlignmentHorizontalValues.Center)
    {
        var range = Sheet.Range(row, fromColumn, row, toColumn);
        if (toColumn > fromColumn) range.Merge();
        var cell = Sheet.Cell(row, fromColumn);
        SetText(cell, text);
        range.Style.Font.Bold = bold;
        if (size is { } s) range.Style.Font.FontSize = s;
        range.Style.Alignment.Horizontal = align;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        range.Style.Alignment.WrapText = true;
        return range;
    }

    /// <summary>A full-width line below the current one.</summary>
    public IXLRange Line(string text, bool bold = false, bool italic = false, double? size = null,
                         XLAlignmentHorizontalValues align = XLAlignmentHorizontalValues.Center, double? height = null)
    {
        _row++;
        var range = Text(_row, 1, Columns, text, bold, size, align);
        range.Style.Font.Italic = italic;
        if (height is { } h) Sheet.Row(_row).Height = h;
        return range;
    }

    public void Skip() => _row++;

    /// <summary>"BÁO CÁO", the report's title and the line naming its period, centred below the header.</summary>
    public void ReportTitle(string title, string periodLine)
    {
        Skip();
        Line("BÁO CÁO", bold: true, size: 14);
        Line(title, bold: true, size: 13);
        Line(periodLine, italic: true);
        Skip();
    }

    /// <summary>Starts the table: the caller writes header cells with <see cref="HeaderCell"/> on the returned rows.</summary>
    public int BeginTable(int headerRows)
    {
        var first = _row + 1;
        _row += headerRows;
        Sheet.PageSetup.SetRowsToRepeatAtTop(first, _row);
        return first;
    }

    public void HeaderCell(int row, int column, string text, int rowSpan = 1, int columnSpan = 1)
    {
        var range = Sheet.Range(row, column, row + rowSpan - 1, column + columnSpan - 1);
        if (rowSpan > 1 || columnSpan > 1) range.Merge();
        SetText(Sheet.Cell(row, column), text);
        range.Style.Font.Bold = true;
        range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        range.Style.Alignment.WrapText = true;
        range.Style.Fill.BackgroundColor = XLColor.FromHtml("#F2F2F2");
    }

    public int AddRow(params object?[] values)
    {
        _row++;
        for (var i = 0; i < values.Length; i++)
        {
            var cell = Sheet.Cell(_row, i + 1);
            switch (values[i])
            {
                case null: break;
                case int n: cell.Value = n; cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center; break;
                case double d: cell.Value = d; cell.Style.NumberFormat.Format = "0.0%"; cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center; break;
                case DateOnly date: SetText(cell, date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)); cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center; break;
                default: SetText(cell, values[i]!.ToString()!); cell.Style.Alignment.WrapText = true; break;
            }
            cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        }
        return _row;
    }

    /// <summary>The totals row: the label merged over the first columns, bold.</summary>
    public int AddTotals(string label, int labelColumns, params int[] values)
    {
        _row++;
        Text(_row, 1, labelColumns, label, bold: true);
        for (var i = 0; i < values.Length; i++)
        {
            var cell = Sheet.Cell(_row, labelColumns + 1 + i);
            cell.Value = values[i];
            cell.Style.Font.Bold = true;
            cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        }
        return _row;
    }

    public void EndTable(int firstRow)
    {
        var table = Sheet.Range(firstRow, 1, _row, Columns);
        table.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        table.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
    }

    /// <summary>"Nơi nhận" on the left, the signer's title and name space on the right.</summary>
    public void Signature(string title, string? recipients = "- Như trên;\n- Lãnh đạo Văn phòng;\n- Lưu: VT, TH.")
    {
        _row += 2;
        var split = Columns <= 4 ? 2 : Columns / 2 - 1;
        var left = Text(_row, 1, split, "Nơi nhận:", bold: true, align: XLAlignmentHorizontalValues.Left);
        left.Style.Font.Italic = true;
        Text(_row, split + 1, Columns, title, bold: true);
        if (recipients is not null)
        {
            var list = Text(_row + 1, 1, split, recipients, bold: false, size: 11, align: XLAlignmentHorizontalValues.Left);
            Sheet.Row(_row + 1).Height = 48;
            list.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        }
        _row += 5;
    }

    // ClosedXML 0.95 guesses a type from a string ("1." becomes the number 1, "02/11/2026" a date): text stays text.
    private static void SetText(IXLCell cell, string text)
    {
        cell.DataType = XLDataType.Text;
        cell.SetValue(text);
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        _workbook.SaveAs(stream);
        _workbook.Dispose();
        return stream.ToArray();
    }
}
