using LeanIX.Client;

namespace LeanIX.Quality.Organizations;

/// <summary>
/// An organisational unit: a fact sheet of the workspace's organisation type (<c>UserGroup</c> in data model v3,
/// <c>Organization</c> in v4), its place in the hierarchy, the fact sheets it is responsible for and its users (the
/// subscribers of its fact sheet). Built from preloaded fact sheets by <see cref="OrganizationHierarchy"/>; no member
/// performs I/O.
/// </summary>
public sealed class Organization
{
    private readonly List<Organization> _children = [];

    internal Organization(FactSheet factSheet) => FactSheet = factSheet;

    /// <summary>The organisation's own fact sheet.</summary>
    public FactSheet FactSheet { get; }

    /// <summary>The fact sheet id.</summary>
    public Guid Id => FactSheet.Id;

    /// <summary>The name.</summary>
    public string Name => FactSheet.Name;

    /// <summary>The display name (parents joined with " / ").</summary>
    public string DisplayName => FactSheet.DisplayName;

    /// <summary>The parent unit, or null for a root.</summary>
    public Organization? Parent { get; internal set; }

    /// <summary>The direct children, by name.</summary>
    public IReadOnlyList<Organization> Children => _children;

    /// <summary>The fact sheets this unit itself is responsible for (not its children's).</summary>
    public IReadOnlyList<FactSheet> ResponsibleFor { get; internal set; } = [];

    /// <summary>The unit's users: the subscribers of its fact sheet, one entry per user.</summary>
    public IReadOnlyList<Subscriber> Users => Subscriber.Of(FactSheet).DistinctBy(s => s.UserId).ToList();

    /// <summary>How deep the unit sits: 0 for a root.</summary>
    public int Depth => Parent is null ? 0 : Parent.Depth + 1;

    /// <summary>This unit and every unit below it, depth first.</summary>
    public IEnumerable<Organization> SelfAndDescendants()
    {
        yield return this;
        foreach (var child in _children)
            foreach (var descendant in child.SelfAndDescendants())
                yield return descendant;
    }

    /// <summary>The fact sheets this unit and every unit below it are responsible for, each once.</summary>
    public IReadOnlyList<FactSheet> ResponsibleForRolledUp() =>
        SelfAndDescendants().SelectMany(o => o.ResponsibleFor).DistinctBy(f => f.Id).ToList();

    internal void AddChild(Organization child) => _children.Add(child);

    internal void SortChildren() => _children.Sort((a, b) => string.Compare(a.Name, b.Name, StringComparison.Ordinal));

    /// <inheritdoc />
    public override string ToString() => $"{FactSheet.Type} '{DisplayName}'";
}
