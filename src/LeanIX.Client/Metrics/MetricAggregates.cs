namespace LeanIX.Client.Metrics;

/// <summary>One bucket of an aggregation (D48): its start and the aggregated value.</summary>
/// <param name="Timestamp">The bucket's start (UTC day, ISO week or month).</param>
/// <param name="Value">The aggregated value.</param>
public sealed record MetricValue(DateTimeOffset Timestamp, double Value);

/// <summary>The latest value of a metric and how it moved since the point before (D48).</summary>
/// <param name="Latest">The newest value, or null without points.</param>
/// <param name="Difference">Newest minus the one before, or null with fewer than two points.</param>
/// <param name="Trend"><c>UP</c>, <c>DOWN</c> or <c>FLAT</c>.</param>
public sealed record MetricTrend(double? Latest, double? Difference, string Trend);

/// <summary>How <see cref="MetricsClient.AggregateAsync"/> combines the values of one bucket.</summary>
public static class MetricAggregateFunction
{
    /// <summary>The sum.</summary>
    public const string Sum = "SUM";

    /// <summary>The mean.</summary>
    public const string Avg = "AVG";

    /// <summary>The smallest.</summary>
    public const string Min = "MIN";

    /// <summary>The largest.</summary>
    public const string Max = "MAX";

    /// <summary>How many points.</summary>
    public const string Count = "COUNT";
}
