namespace LeanIX.Client.Metrics;

/// <summary>
/// A chart setting of metrics v2 (POST <c>/charts</c>; admin.md §3.2, RUBY-PF chart_setting): a chart and its series,
/// each series one metric attribute (<see cref="ChartSeries.FieldName"/>) of a schema (<see cref="ChartSeries.Measurement"/>).
/// </summary>
public sealed record MetricsChart
{
    /// <summary>The server-assigned id.</summary>
    public string? Id { get; init; }

    /// <summary>Title and display options.</summary>
    public required ChartDefinition Chart { get; init; }

    /// <summary>The lines or areas drawn.</summary>
    public IReadOnlyList<ChartSeries> Series { get; init; } = [];
}

/// <summary>The chart part of a chart setting.</summary>
public sealed record ChartDefinition
{
    /// <summary>The chart's title.</summary>
    public required string Title { get; init; }

    /// <summary>Product the chart belongs to, usually null.</summary>
    public string? ChartProduct { get; init; }

    /// <summary>Whether it appears in reporting.</summary>
    public bool ForReporting { get; init; }

    /// <summary>Whether series are stacked.</summary>
    public bool IsStacked { get; init; }

    /// <summary>Time span and aggregation.</summary>
    public ChartConfig? Config { get; init; }
}

/// <summary>Time span and aggregation of a chart.</summary>
public sealed record ChartConfig
{
    /// <summary>How far back, e.g. <c>52w</c>.</summary>
    public string? Timespan { get; init; }

    /// <summary>The y-axis label.</summary>
    public string? TitleYAxis { get; init; }

    /// <summary>Chart type, usually null (series decide).</summary>
    public string? ChartType { get; init; }

    /// <summary>e.g. <c>month</c>.</summary>
    public string? DefaultAggregation { get; init; }

    /// <summary>e.g. month, quarter, year.</summary>
    public IReadOnlyList<string>? AggregationTypes { get; init; }

    /// <summary>e.g. <c>SHOW_GAP</c>.</summary>
    public string? MissingDataConfiguration { get; init; }
}

/// <summary>One series: a metric attribute of a schema, aggregated and drawn.</summary>
public sealed record ChartSeries
{
    /// <summary>The legend text.</summary>
    public required string Title { get; init; }

    /// <summary>The schema's name.</summary>
    public required string Measurement { get; init; }

    /// <summary>The metric attribute.</summary>
    public required string FieldName { get; init; }

    /// <summary><c>line</c>, <c>area</c>, <c>bar</c>…</summary>
    public string? Type { get; init; }

    /// <summary>Which points count, e.g. those of the fact sheet being viewed.</summary>
    public ChartTagsRule? TagsRule { get; init; }

    /// <summary><c>SUM</c>, <c>AVG</c>, <c>MIN</c>, <c>MAX</c>, <c>COUNT</c>.</summary>
    public string? AggregationFunction { get; init; }

    /// <summary>Bucket size, e.g. <c>1d</c>.</summary>
    public string? Grouping { get; init; }

    /// <summary>e.g. <c>#DA4F49</c>.</summary>
    public string? Color { get; init; }

    /// <summary>e.g. <c>%</c> or <c>EUR</c>.</summary>
    public string? Unit { get; init; }

    /// <summary>A link into the inventory, usually null.</summary>
    public string? InventoryLink { get; init; }
}

/// <summary>Rules on dimension values, combined by <see cref="Operator"/>.</summary>
public sealed record ChartTagsRule
{
    /// <summary><c>AND</c> or <c>OR</c>.</summary>
    public string Operator { get; init; } = "AND";

    /// <summary>The rules.</summary>
    public IReadOnlyList<ChartRule> Rules { get; init; } = [];

    /// <summary>Binds the chart to the fact sheet being viewed: dimension <paramref name="dimension"/> equals its id (DOCS/metrics).</summary>
    public static ChartTagsRule ForViewedFactSheet(string dimension = "factSheetId") =>
        new() { Rules = [new ChartRule { TagName = dimension, Operator = "equals", Target = "factSheetId" }] };
}

/// <summary>One rule: dimension <see cref="TagName"/> compared with <see cref="Target"/>.</summary>
public sealed record ChartRule
{
    /// <summary>The dimension attribute.</summary>
    public required string TagName { get; init; }

    /// <summary>e.g. <c>equals</c>.</summary>
    public string Operator { get; init; } = "equals";

    /// <summary>What it is compared with; <c>factSheetId</c> means the viewed fact sheet.</summary>
    public string? Target { get; init; }
}
