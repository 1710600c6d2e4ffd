namespace LeanIX.Emulator.Domain;

/// <summary>
/// A metrics v2 schema (admin.md §3.2): a named series whose points carry dimension attributes (strings, e.g. a fact
/// sheet id) and metric attributes (numbers). Names are unique per workspace (D48).
/// </summary>
public sealed class MetricSchema : IEntity<MetricSchema>
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public List<MetricAttribute> Attributes { get; set; } = [];

    public MetricSchema Clone()
    {
        var copy = (MetricSchema)MemberwiseClone();
        copy.Attributes = [.. Attributes];
        return copy;
    }
}

/// <summary>An attribute of a schema; <see cref="Type"/> is <c>dimension</c> or <c>metric</c>.</summary>
public sealed record MetricAttribute(string Name, string Type);
