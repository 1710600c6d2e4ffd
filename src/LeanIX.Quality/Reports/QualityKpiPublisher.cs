using LeanIX.Client;
using LeanIX.Client.Metrics;

namespace LeanIX.Quality.Reports;

/// <summary>
/// Posts the report's workspace-wide KPIs as one metric point to the <c>Data Quality</c> schema (metrics v2, admin.md §3),
/// creating the schema, and its KPI charts, when it is missing. A schema holds one point per timestamp (D47), so a run
/// records the whole workspace in one point; running again at the same second overwrites it.
/// </summary>
public static class QualityKpiPublisher
{
    /// <summary>The schema name.</summary>
    public const string SchemaName = "Data Quality";

    /// <summary>The metric attributes a point carries.</summary>
    public static readonly IReadOnlyList<string> Metrics =
        ["completeness", "gapFreeShare", "factSheets", "gaps", "errorGaps", "warningGaps", "missingOwner", "missingDescription"];

    /// <summary>The schema this publisher creates.</summary>
    public static MetricSchema Schema => new()
    {
        Name = SchemaName,
        Description = "Workspace data-quality KPIs written by leanix quality report",
        Attributes = [new MetricAttribute("scope", MetricAttributeType.Dimension), .. Metrics.Select(m => new MetricAttribute(m, MetricAttributeType.Metric))]
    };

    /// <summary>The point for <paramref name="report"/>, timed at its <see cref="DataCompletenessReport.GeneratedAt"/>.</summary>
    public static MetricPoint PointOf(DataCompletenessReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var w = report.Workspace;
        double FactSheetsWith(string code) => report.Gaps.Where(g => g.Gap.Code == code).Select(g => g.Gap.SubjectId).Distinct().Count();
        return new MetricPoint
        {
            Timestamp = report.GeneratedAt,
            Dimensions = new Dictionary<string, string> { ["scope"] = "workspace" },
            Metrics = new Dictionary<string, double>
            {
                ["completeness"] = w.Completeness, ["gapFreeShare"] = w.GapFreeShare, ["factSheets"] = w.FactSheets, ["gaps"] = w.Gaps,
                ["errorGaps"] = w.GapsBySeverity[GapSeverity.Error], ["warningGaps"] = w.GapsBySeverity[GapSeverity.Warning],
                ["missingOwner"] = FactSheetsWith(Checkers.GapCodes.NoOwner), ["missingDescription"] = FactSheetsWith(Checkers.GapCodes.MissingDescription)
            }
        };
    }

    /// <summary>Posts the point, creating the schema (and its KPI charts) first when the workspace has none of that name; returns the stored point.</summary>
    public static async Task<MetricPoint> PublishAsync(LeanIXClient client, DataCompletenessReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var schema = await EnsureSchemaAsync(client, cancellationToken).ConfigureAwait(false);
        var point = PointOf(report);
        // Only the attributes the (possibly older) schema knows: the service refuses others (admin.md §3.2).
        point = point with { Metrics = point.Metrics.Where(m => schema.HasMetric(m.Key)).ToDictionary(m => m.Key, m => m.Value),
            Dimensions = point.Dimensions.Where(d => schema.HasDimension(d.Key)).ToDictionary(d => d.Key, d => d.Value) };
        return await client.Metrics.PostPointAsync(schema.Uuid!, point, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The <c>Data Quality</c> schema, created with its KPI charts when missing.</summary>
    public static async Task<MetricSchema> EnsureSchemaAsync(LeanIXClient client, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var existing = (await client.Metrics.GetSchemasAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(s => s.Name == SchemaName);
        if (existing is not null) return existing;
        var created = await client.Metrics.CreateSchemaAsync(Schema, cancellationToken).ConfigureAwait(false);
        await client.Metrics.CreateKpiChartsAsync(created.Uuid!, cancellationToken: cancellationToken).ConfigureAwait(false);
        return created;
    }
}
