namespace LeanIX.Client.Metrics;

/// <summary>A data-quality KPI drawn by <see cref="MetricsClient.CreateKpiChartsAsync"/>: one chart with one series of its metric attribute.</summary>
/// <param name="Attribute">The metric attribute of the schema that holds the KPI.</param>
/// <param name="Title">The chart and series title.</param>
/// <param name="Unit">The y-axis unit.</param>
/// <param name="Color">The series colour.</param>
/// <param name="AggregationFunction">How values in one bucket combine.</param>
public sealed record QualityKpi(string Attribute, string Title, string Unit, string Color, string AggregationFunction = "AVG");

/// <summary>The quality KPIs the seed charts (its <c>create_kpi_charts</c>), and a schema to record them in.</summary>
public static class QualityKpis
{
    /// <summary>Average completion of the fact sheet, in percent.</summary>
    public static readonly QualityKpi Completeness = new("completeness", "Completeness", "%", "#2F8F5B");

    /// <summary>Fact sheets without an owner (no ACCOUNTABLE/RESPONSIBLE subscription).</summary>
    public static readonly QualityKpi MissingOwner = new("missingOwner", "Fact sheets without owner", "fact sheets", "#DA4F49", "SUM");

    /// <summary>Fact sheets without a description.</summary>
    public static readonly QualityKpi MissingDescription = new("missingDescription", "Fact sheets without description", "fact sheets", "#E8A33D", "SUM");

    /// <summary>Quality to-dos still open or in progress.</summary>
    public static readonly QualityKpi OpenQualityTodos = new("openQualityTodos", "Open quality to-dos", "to-dos", "#3D7FE8", "SUM");

    /// <summary>All of them, in chart order.</summary>
    public static readonly IReadOnlyList<QualityKpi> Standard = [Completeness, MissingOwner, MissingDescription, OpenQualityTodos];

    /// <summary>A schema holding <paramref name="kpis"/> (default: <see cref="Standard"/>) per fact sheet: dimension <c>factSheetId</c> plus one metric each.</summary>
    public static MetricSchema Schema(string name = "FactSheetQuality", IEnumerable<QualityKpi>? kpis = null) => new()
    {
        Name = name,
        Description = "Data-quality KPIs per fact sheet",
        Attributes = [new MetricAttribute("factSheetId", MetricAttributeType.Dimension),
            .. (kpis ?? Standard).Select(k => new MetricAttribute(k.Attribute, MetricAttributeType.Metric))]
    };
}
