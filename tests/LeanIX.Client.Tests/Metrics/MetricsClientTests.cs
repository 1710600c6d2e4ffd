using System.Net;
using LeanIX.Client.Metrics;
using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests.Metrics;

/// <summary><c>lx.Metrics</c> against the emulator's metrics v2 service (admin.md §3, D47, D48).</summary>
public class MetricsClientTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static MetricPoint Point(int day, double completeness, string fs = "fs-1") => new()
    {
        Timestamp = T0.AddDays(day),
        Metrics = new Dictionary<string, double> { ["completeness"] = completeness },
        Dimensions = new Dictionary<string, string> { ["factSheetId"] = fs }
    };

    [Fact]
    public async Task Schemas_are_created_found_by_name_or_uuid_listed_and_deleted()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        var schema = await lx.Metrics.CreateSchemaAsync(QualityKpis.Schema());
        Assert.True(Guid.TryParse(schema.Uuid, out _));
        Assert.Equal(["factSheetId", "completeness", "missingOwner", "missingDescription", "openQualityTodos"], schema.Attributes.Select(a => a.Name));
        Assert.True(schema.HasDimension("factSheetId"));

        foreach (var read in new[] { await lx.Metrics.GetSchemaAsync("FactSheetQuality"), await lx.Metrics.GetSchemaAsync(schema.Uuid!), Assert.Single(await lx.Metrics.GetSchemasAsync()) })
        {
            Assert.Equal((schema.Uuid, schema.Name, schema.Description), (read.Uuid, read.Name, read.Description));
            Assert.Equal(schema.Attributes, read.Attributes); // element-wise: the attribute records compare by value
        }

        var duplicate = await Assert.ThrowsAnyAsync<LeanIXRequestFailedException>(() => lx.Metrics.CreateSchemaAsync(QualityKpis.Schema()));
        Assert.Equal(HttpStatusCode.Conflict, duplicate.Status);
        Assert.Contains("already exists", duplicate.Message); // FastAPI detail read as the message

        await lx.Metrics.DeleteSchemaAsync(schema.Uuid!);
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.Metrics.GetSchemaAsync("FactSheetQuality"));
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.Metrics.GetSchemaAsync(schema.Uuid!));
    }

    [Fact]
    public async Task Points_are_posted_read_by_range_overwritten_and_deleted_one_by_range_or_all()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        var uuid = (await lx.Metrics.CreateSchemaAsync(QualityKpis.Schema()))!.Uuid!;

        var posted = await lx.Metrics.PostPointAsync(uuid, Point(0, 40));
        Assert.Equal(T0, posted.Timestamp);
        Assert.Equal(40, posted.Metrics["completeness"]);
        Assert.Equal("fs-1", posted.Dimensions["factSheetId"]);
        Assert.Equal(4, (await lx.Metrics.PostPointsAsync(uuid, [Point(1, 50), Point(2, 60), Point(3, 70), Point(4, 80)])).Count);
        await lx.Metrics.PostPointAsync(uuid, Point(2, 65)); // overwrites day 2

        Assert.Equal([40d, 50, 65, 70, 80], (await lx.Metrics.GetPointsAsync(uuid)).Select(p => p.Metrics["completeness"]));
        Assert.Equal([50d, 65, 70], (await lx.Metrics.GetPointsAsync(uuid, T0.AddDays(1), T0.AddDays(3))).Select(p => p.Metrics["completeness"]));
        Assert.Equal(65, (await lx.Metrics.GetPointAsync(uuid, T0.AddDays(2))).Metrics["completeness"]);

        await lx.Metrics.DeletePointAsync(uuid, T0);
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.Metrics.GetPointAsync(uuid, T0));
        await lx.Metrics.DeletePointsRangeAsync(uuid, T0.AddDays(1), T0.AddDays(2));
        Assert.Equal([T0.AddDays(3), T0.AddDays(4)], (await lx.Metrics.GetPointsAsync(uuid)).Select(p => p.Timestamp));
        await lx.Metrics.DeletePointsAsync(uuid);
        Assert.Empty(await lx.Metrics.GetPointsAsync(uuid));
    }

    [Fact]
    public async Task CreateKpiChartsAsync_posts_one_chart_per_kpi_of_the_schema_bound_to_the_viewed_fact_sheet()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        await lx.Metrics.CreateSchemaAsync(QualityKpis.Schema("Quality", [QualityKpis.Completeness, QualityKpis.MissingOwner]));

        var charts = await lx.Metrics.CreateKpiChartsAsync("Quality");
        Assert.Equal(["Completeness", "Fact sheets without owner"], charts.Select(c => c.Chart.Title));
        Assert.All(charts, c => Assert.True(Guid.TryParse(c.Id, out _)));
        var series = Assert.Single(charts[1].Series);
        Assert.Equal(("Quality", "missingOwner", "SUM"), (series.Measurement, series.FieldName, series.AggregationFunction));
        Assert.Equal("factSheetId", Assert.Single(series.TagsRule!.Rules).Target);
        Assert.Equal(charts.Select(c => c.Id).Order(), (await lx.Metrics.GetChartsAsync()).Select(c => c.Id).Order());
        var read = await lx.Metrics.GetChartAsync(charts[0].Id!);
        Assert.Equal(charts[0].Chart with { Config = null }, read.Chart with { Config = null });
        Assert.Equal(["month", "quarter", "year"], read.Chart.Config!.AggregationTypes!);
        Assert.Equal(charts[0].Series[0] with { TagsRule = null }, read.Series[0] with { TagsRule = null });

        var notInSchema = await Assert.ThrowsAsync<ArgumentException>(() => lx.Metrics.CreateKpiChartsAsync("Quality", [QualityKpis.OpenQualityTodos]));
        Assert.Contains("openQualityTodos", notInSchema.Message);
        Assert.Equal(2, (await lx.Metrics.GetChartsAsync()).Count); // nothing posted
    }

    [Fact]
    public async Task AggregateAsync_and_GetTrendAsync_read_what_the_points_add_up_to()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        var uuid = (await lx.Metrics.CreateSchemaAsync(QualityKpis.Schema()))!.Uuid!;
        await lx.Metrics.PostPointsAsync(uuid, [Point(0, 40, "a"), Point(1, 60, "a"), Point(2, 10, "b"), Point(40, 70, "a")]);

        var monthly = await lx.Metrics.AggregateAsync(uuid, "completeness", MetricAggregateFunction.Avg, "1M", filter: new Dictionary<string, string> { ["factSheetId"] = "a" });
        Assert.Equal([new MetricValue(T0, 50), new MetricValue(T0.AddMonths(1), 70)], monthly);
        var sums = await lx.Metrics.AggregateAsync(uuid, "completeness", begin: T0.AddDays(1), end: T0.AddDays(2));
        Assert.Equal([60d, 10d], sums.Select(v => v.Value));
        Assert.Equal(new MetricTrend(70, 60, "UP"), await lx.Metrics.GetTrendAsync(uuid, "completeness"));
        var bad = await Assert.ThrowsAnyAsync<LeanIXRequestFailedException>(() => lx.Metrics.AggregateAsync(uuid, "factSheetId"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.Status);
    }

    [Fact]
    public async Task Bad_input_is_refused_by_the_service_with_its_detail_or_before_sending()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        var uuid = (await lx.Metrics.CreateSchemaAsync(QualityKpis.Schema()))!.Uuid!;
        var unknownAttribute = await Assert.ThrowsAnyAsync<LeanIXRequestFailedException>(() => lx.Metrics.PostPointAsync(uuid,
            new MetricPoint { Timestamp = T0, Metrics = new Dictionary<string, double> { ["speed"] = 1 } }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownAttribute.Status);
        Assert.Contains("'speed' is not an attribute", unknownAttribute.Message); // 422 detail[0].msg
        var badChart = await Assert.ThrowsAnyAsync<LeanIXRequestFailedException>(() => lx.Metrics.CreateChartAsync(new MetricsChart
        {
            Chart = new ChartDefinition { Title = "x" },
            Series = [new ChartSeries { Title = "x", Measurement = "Nope", FieldName = "completeness" }]
        }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badChart.Status);
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.Metrics.GetPointsAsync(Guid.NewGuid().ToString()));
        await Assert.ThrowsAsync<ArgumentException>(() => lx.Metrics.DeleteSchemaAsync("Quality"));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => lx.Metrics.DeletePointsRangeAsync(uuid, T0.AddDays(1), T0));
    }

    [Fact]
    public async Task A_viewer_token_reads_metrics_but_cannot_write_them()
    {
        await using var host = await RoleHosts.StartAsync(role: "VIEWER");
        using var lx = RoleHosts.SecondClient(host);
        Assert.Empty(await lx.Metrics.GetSchemasAsync());
        var refused = await Assert.ThrowsAnyAsync<LeanIXRequestFailedException>(() => lx.Metrics.CreateSchemaAsync(QualityKpis.Schema()));
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
    }
}
