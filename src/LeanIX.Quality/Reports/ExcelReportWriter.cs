using ClosedXML.Excel;

namespace LeanIX.Quality.Reports;

/// <summary>
/// Writes the report as an Excel workbook, one sheet per view: <c>Organisations</c> (rolled-up figures), <c>Gaps by code</c>
/// (organisation × gap code) and <c>Gaps</c> (every gap with its link). Header rows are frozen and filtered.
/// </summary>
public static class ExcelReportWriter
{
    /// <summary>The sheet names, in order.</summary>
    public static readonly IReadOnlyList<string> SheetNames = ["Organisations", "Gaps by code", "Gaps"];

    /// <summary>Writes the workbook to <paramref name="path"/>.</summary>
    public static void Write(DataCompletenessReport report, string path)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var workbook = new XLWorkbook();
        var rows = report.Organizations.Prepend(report.Workspace).ToList();

        var organisations = workbook.Worksheets.Add(SheetNames[0]);
        Fill(organisations, ["Organisation", "Path", "Level", "Own fact sheets", "Fact sheets (rolled up)", "Without gaps", "Gap-free %", "Completeness %",
                "Gaps", "Errors", "Warnings", "Infos"],
            rows.Select(r => new object[] { r.Name, r.Path, r.Depth + 1, r.DirectFactSheets, r.FactSheets, r.FactSheetsWithoutGaps, r.GapFreeShare, r.Completeness,
                r.Gaps, r.GapsBySeverity[GapSeverity.Error], r.GapsBySeverity[GapSeverity.Warning], r.GapsBySeverity[GapSeverity.Info] }),
            [28, 60, 7, 14, 20, 13, 11, 15, 8, 8, 10, 8]);

        var codes = report.Codes;
        var byCode = workbook.Worksheets.Add(SheetNames[1]);
        Fill(byCode, ["Organisation", "Path", .. codes],
            rows.Select(r => new object[] { r.Name, r.Path }.Concat(codes.Select(c => (object)r.GapsByCode.GetValueOrDefault(c))).ToArray()),
            [28, 60, .. codes.Select(c => Math.Max(12.0, c.Length + 2))]);

        var gaps = workbook.Worksheets.Add(SheetNames[2]);
        Fill(gaps, ["Severity", "Code", "Type", "Fact sheet", "Message", "Field or relation", "How to fix", "Organisations", "Link"],
            report.Gaps.Select(g => new object[] { g.Gap.Severity.ToString(), g.Gap.Code, g.Gap.SubjectType, g.Gap.SubjectName, g.Gap.Message,
                g.Gap.Field ?? g.Gap.Relation ?? "", g.Gap.HowToFix, string.Join(", ", g.Organizations), g.Link }),
            [9, 28, 18, 36, 70, 24, 60, 36, 70]);
        for (var i = 0; i < report.Gaps.Count; i++)
            gaps.Cell(i + 2, 9).Hyperlink = new XLHyperlink(new Uri(report.Gaps[i].Link));

        workbook.SaveAs(path);
    }

    private static void Fill(IXLWorksheet sheet, IReadOnlyList<string> headers, IEnumerable<object[]> rows, IReadOnlyList<double> widths)
    {
        for (var c = 0; c < headers.Count; c++) sheet.Cell(1, c + 1).Value = headers[c];
        var r = 2;
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++) sheet.Cell(r, c + 1).Value = row[c];
            r++;
        }
        var header = sheet.Range(1, 1, 1, headers.Count);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = XLColor.FromHtml("#1F4E79");
        header.Style.Font.FontColor = XLColor.White;
        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, Math.Max(1, r - 1), headers.Count).SetAutoFilter();
        // Column widths are set, not measured: measuring needs System.Drawing fonts, which Linux hosts lack.
        for (var c = 0; c < widths.Count; c++) sheet.Column(c + 1).Width = widths[c];
    }
}
