namespace LeanIX.Emulator.Domain;

/// <summary>A ChartSetting of metrics v2 (admin.md §3.2), stored as the JSON it was posted as, with its id set.</summary>
public sealed class MetricChart : IEntity<MetricChart>
{
    public Guid Id { get; set; }

    /// <summary>The ChartSetting object (JSON text).</summary>
    public required string Json { get; set; }

    public MetricChart Clone() => (MetricChart)MemberwiseClone();
}
