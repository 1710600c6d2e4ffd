namespace LeanIX.Client.Transport;

/// <summary>
/// Which elements of a kind to move. Empty selects everything. <see cref="Names"/> are natural keys or names (for tags a
/// tag group name, which brings its tags, or <c>Group/Tag</c>); <see cref="Type"/> and <see cref="Subtype"/> narrow kinds
/// that have them (objects: the bookmark type and group key, the seed's <c>type</c> and <c>subtype</c>; its <c>list</c>
/// is <see cref="Names"/>; calculations: the fact sheet type; managed code: the capability).
/// </summary>
public sealed record TransportSelection
{
    /// <summary>Everything of the kind.</summary>
    public static TransportSelection All { get; } = new();

    /// <summary>Names or natural keys to move, compared case-insensitively; empty = all.</summary>
    public IReadOnlyList<string> Names { get; init; } = [];

    /// <summary>A type narrowing the kind (objects: INVENTORY, REPORTING, VISUALIZER, DASHBOARD, INVENTORY_EXPORT).</summary>
    public string? Type { get; init; }

    /// <summary>A subtype narrowing the kind (objects: the bookmark's group key).</summary>
    public string? Subtype { get; init; }

    /// <summary>
    /// The type the target reads and writes instead of <see cref="Type"/> (meta model: the target fact sheet type the
    /// source type's sections and fields are rewritten to, admin.md Appendix A); null = the same type.
    /// </summary>
    public string? TargetType { get; init; }

    /// <summary>The selection the target is read with: <see cref="TargetType"/> in place of <see cref="Type"/>.</summary>
    public TransportSelection ForTarget() => TargetType is null ? this : this with { Type = TargetType, TargetType = null };

    /// <summary>Selects by names.</summary>
    public static TransportSelection Of(params string[] names) => new() { Names = names };

    /// <summary>Whether any of <paramref name="names"/> is selected (true when no names are given).</summary>
    public bool Includes(params string?[] names) =>
        Names.Count == 0 || names.Any(n => n is not null && Names.Any(s => s.Equals(n, StringComparison.OrdinalIgnoreCase)));

    /// <summary>
    /// Parses command-line selectors: <c>type=REPORTING</c>, <c>subtype=dataflow</c>, <c>target-type=ITComponent</c>, <c>name=…</c> or a bare name; a
    /// value may list several names separated by commas.
    /// </summary>
    public static TransportSelection Parse(IEnumerable<string> selectors)
    {
        ArgumentNullException.ThrowIfNull(selectors);
        var selection = new TransportSelection();
        var names = new List<string>();
        foreach (var selector in selectors)
        {
            var eq = selector.IndexOf('=');
            var (key, value) = eq > 0 ? (selector[..eq].Trim().ToLowerInvariant(), selector[(eq + 1)..].Trim()) : ("name", selector.Trim());
            if (value.Length == 0) throw new ArgumentException($"The selector '{selector}' has no value.", nameof(selectors));
            selection = key switch
            {
                "type" => selection with { Type = value },
                "subtype" => selection with { Subtype = value },
                "target-type" or "targettype" => selection with { TargetType = value },
                "name" or "list" => selection,
                _ => throw new ArgumentException($"Unknown selector '{key}' in '{selector}'; use type=…, subtype=…, target-type=…, name=… or a bare name.", nameof(selectors))
            };
            if (key is "name" or "list") names.AddRange(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
        return selection with { Names = names };
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        var parts = new List<string>();
        if (Type is not null) parts.Add($"type={Type}");
        if (Subtype is not null) parts.Add($"subtype={Subtype}");
        if (TargetType is not null) parts.Add($"target-type={TargetType}");
        if (Names.Count > 0) parts.Add(string.Join(", ", Names));
        return parts.Count == 0 ? "all" : string.Join("; ", parts);
    }
}
