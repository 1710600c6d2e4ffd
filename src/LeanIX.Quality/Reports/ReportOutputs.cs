namespace LeanIX.Quality.Reports;

/// <summary>Writes the three outputs of the report into a directory.</summary>
public static class ReportOutputs
{
    /// <summary>The file names written.</summary>
    public const string Excel = "data-completeness.xlsx", Html = "data-completeness.html", Json = "data-completeness.json";

    /// <summary>Writes <c>data-completeness.xlsx</c>, <c>.html</c> and <c>.json</c> into <paramref name="directory"/> (created if missing); returns their paths.</summary>
    public static async Task<IReadOnlyList<string>> WriteAsync(DataCompletenessReport report, string directory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        Directory.CreateDirectory(directory);
        var paths = new[] { Path.Combine(directory, Excel), Path.Combine(directory, Html), Path.Combine(directory, Json) };
        ExcelReportWriter.Write(report, paths[0]);
        await File.WriteAllTextAsync(paths[1], HtmlReportWriter.Render(report), cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(paths[2], JsonReportWriter.Serialize(report), cancellationToken).ConfigureAwait(false);
        return paths;
    }
}
