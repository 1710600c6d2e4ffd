using System.Globalization;
using System.Text;
using static System.Net.WebUtility;

namespace LeanIX.Quality.Reports;

/// <summary>A horizontal bar chart as inline SVG: no script, no external resource, every label escaped.</summary>
internal static class SvgBarChart
{
    private const int LabelWidth = 260;
    private const int BarArea = 560;
    private const int RowHeight = 24;

    /// <summary>One bar per item; values scaled to <paramref name="max"/> (or the largest value), shown with <paramref name="unit"/>.</summary>
    public static string Render(string title, IReadOnlyList<(string Label, double Value, string Color)> bars, string unit, double? max = null)
    {
        var top = Math.Max(max ?? 0, bars.Count == 0 ? 1 : bars.Max(b => b.Value));
        if (top <= 0) top = 1;
        var height = 30 + bars.Count * RowHeight + 10;
        var width = LabelWidth + BarArea + 80;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">");
        svg.Append("<title>").Append(HtmlEncode(title)).Append("</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"18\" class=\"chart-title\">{HtmlEncode(title)}</text>");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value, color) = bars[i];
            var y = 30 + i * RowHeight;
            var length = Math.Max(value > 0 ? 1 : 0, value / top * BarArea);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{y + 16}\" text-anchor=\"end\" class=\"bar-label\">{HtmlEncode(Shorten(label))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 3}\" width=\"{length:0.#}\" height=\"{RowHeight - 6}\" fill=\"{HtmlEncode(color)}\"><title>{HtmlEncode(label)}: {value:0.#}{HtmlEncode(unit)}</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + length + 6:0.#}\" y=\"{y + 16}\" class=\"bar-value\">{value:0.#}{HtmlEncode(unit)}</text>");
        }
        return svg.Append("</svg>").ToString();
    }

    private static string Shorten(string label) => label.Length <= 40 ? label : label[..39] + "…";
}
