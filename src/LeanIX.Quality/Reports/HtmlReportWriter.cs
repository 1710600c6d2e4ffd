using System.Globalization;
using System.Text;
using static System.Net.WebUtility;

namespace LeanIX.Quality.Reports;

/// <summary>
/// Writes the report as one self-contained XHTML page: KPI tiles, inline SVG charts (completeness per organisation, gaps per
/// code), the organisation tree and every gap with a deep link. No script and no external resource, so it reads offline;
/// every value from the workspace is escaped.
/// </summary>
public static class HtmlReportWriter
{
    private const string Style = """
        body{font-family:Segoe UI,Helvetica,Arial,sans-serif;margin:24px;color:#222}h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}
        .meta{color:#666;font-size:13px}.tiles{display:flex;gap:12px;margin:16px 0}.tile{border:1px solid #ddd;border-radius:6px;padding:10px 16px;min-width:120px}
        .tile b{display:block;font-size:22px}.tile span{color:#666;font-size:12px}table{border-collapse:collapse;font-size:13px;width:100%}
        th,td{border-bottom:1px solid #e5e5e5;padding:4px 8px;text-align:left;vertical-align:top}th{background:#1f4e79;color:#fff;position:sticky;top:0}
        td.num{text-align:right}.sev-Error{color:#b00020;font-weight:600}.sev-Warning{color:#a05a00}.sev-Info{color:#555}
        .chart-title{font-size:14px;font-weight:600}.bar-label,.bar-value{font-size:12px}.charts{display:flex;flex-wrap:wrap;gap:24px}
        """;

    /// <summary>The page as text.</summary>
    public static string Render(DataCompletenessReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var w = report.Workspace;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"utf-8\" />")
            .Append("<title>Data completeness per organisation</title><style>").Append(Style).Append("</style></head><body>");
        html.Append("<h1>Data completeness per organisation</h1>");
        html.Append("<p class=\"meta\">Workspace <a href=\"").Append(E(report.WorkspaceUrl)).Append("\">").Append(E(report.WorkspaceUrl)).Append("</a> · read ")
            .Append(E(report.GeneratedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture))).Append(" · organisations: ")
            .Append(E(report.OrganizationType)).Append("</p>");

        html.Append("<div class=\"tiles\">");
        Tile(html, w.FactSheets.ToString(CultureInfo.InvariantCulture), "fact sheets checked");
        Tile(html, Percent(w.Completeness), "average completeness");
        Tile(html, Percent(w.GapFreeShare), "without gaps");
        Tile(html, w.GapsBySeverity[GapSeverity.Error].ToString(CultureInfo.InvariantCulture), "errors");
        Tile(html, w.GapsBySeverity[GapSeverity.Warning].ToString(CultureInfo.InvariantCulture), "warnings");
        html.Append("</div>");

        var charted = report.Organizations.Where(o => o.FactSheets > 0).Take(30).ToList();
        html.Append("<div class=\"charts\">");
        html.Append(SvgBarChart.Render("Completeness per organisation (rolled up)",
            charted.Select(o => (o.Name, o.Completeness, o.Completeness >= 75 ? "#2f8f5b" : o.Completeness >= 50 ? "#e8a33d" : "#da4f49")).ToList(), "%", 100));
        html.Append(SvgBarChart.Render("Gaps per code (workspace)",
            report.Codes.Select(c => (c, (double)w.GapsByCode.GetValueOrDefault(c), "#3d7fe8")).ToList(), ""));
        html.Append("</div>");

        html.Append("<h2>Organisations</h2><table><thead><tr><th>Organisation</th><th>Own fact sheets</th><th>Fact sheets (rolled up)</th><th>Completeness</th>")
            .Append("<th>Without gaps</th><th>Errors</th><th>Warnings</th><th>Infos</th></tr></thead><tbody>");
        foreach (var o in report.Organizations)
        {
            html.Append("<tr><td style=\"padding-left:").Append(8 + 18 * o.Depth).Append("px\">").Append(E(o.Name)).Append("</td>");
            foreach (var n in new[] { o.DirectFactSheets, o.FactSheets }) html.Append("<td class=\"num\">").Append(n).Append("</td>");
            html.Append("<td class=\"num\">").Append(Percent(o.Completeness)).Append("</td><td class=\"num\">").Append(Percent(o.GapFreeShare)).Append("</td>");
            foreach (var s in new[] { GapSeverity.Error, GapSeverity.Warning, GapSeverity.Info }) html.Append("<td class=\"num\">").Append(o.GapsBySeverity[s]).Append("</td>");
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");

        html.Append("<h2>Gaps</h2><table><thead><tr><th>Severity</th><th>Fact sheet</th><th>Code</th><th>Gap</th><th>How to fix</th><th>Organisations</th></tr></thead><tbody>");
        foreach (var g in report.Gaps)
        {
            html.Append("<tr><td class=\"sev-").Append(g.Gap.Severity).Append("\">").Append(g.Gap.Severity).Append("</td>")
                .Append("<td><a href=\"").Append(E(g.Link)).Append("\">").Append(E(g.Gap.SubjectName)).Append("</a> <span class=\"meta\">").Append(E(g.Gap.SubjectType)).Append("</span></td>")
                .Append("<td>").Append(E(g.Gap.Code)).Append("</td><td>").Append(E(g.Gap.Message)).Append("</td><td>").Append(E(g.Gap.HowToFix)).Append("</td>")
                .Append("<td>").Append(E(string.Join(", ", g.Organizations))).Append("</td></tr>");
        }
        html.Append("</tbody></table></body></html>\n");
        return html.ToString();
    }

    private static void Tile(StringBuilder html, string value, string label) =>
        html.Append("<div class=\"tile\"><b>").Append(E(value)).Append("</b><span>").Append(E(label)).Append("</span></div>");

    private static string Percent(double value) => value.ToString("0.#", CultureInfo.InvariantCulture) + " %";

    private static string E(string value) => HtmlEncode(value);
}
