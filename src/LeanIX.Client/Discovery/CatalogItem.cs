namespace LeanIX.Client.Discovery;

/// <summary>An item of a LeanIX reference catalog (admin.md §12.1, D65): a SaaS product, an IT component, a tech category…</summary>
public sealed record CatalogItem
{
    /// <summary>The catalog's id of the item.</summary>
    public string Id { get; init; } = "";

    /// <summary>The product name.</summary>
    public string Name { get; init; } = "";

    /// <summary>The name with its provider.</summary>
    public string? DisplayName { get; init; }

    /// <summary>The fact sheet type it becomes (Application, ITComponent…).</summary>
    public string? Type { get; init; }

    /// <summary>Who provides it.</summary>
    public string? Provider { get; init; }

    /// <summary>Its category.</summary>
    public string? Category { get; init; }

    /// <summary>Other names it is known by.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The product's web site.</summary>
    public string? Url { get; init; }
}

/// <summary>The catalogs (reference-data source names, admin.md §12.1).</summary>
public static class Catalogs
{
    /// <summary>SaaS products.</summary>
    public const string Saas = "saas";

    /// <summary>The technology lifecycle catalog (IT components).</summary>
    public const string Ltls = "ltls";

    /// <summary>Tech categories.</summary>
    public const string TechCategory = "techCategory";

    /// <summary>Business capabilities.</summary>
    public const string BusinessCapability = "businessCapability";
}
