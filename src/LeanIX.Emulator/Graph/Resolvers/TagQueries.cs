using LeanIX.Emulator.Graph.Schema;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Graph.Errors;
using LeanIX.Emulator.Mutations;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Graph.Resolvers;

/// <summary>D82: the <c>allTags</c> filter and the <c>allTagGroups</c> sort.</summary>
public static class TagQueries
{
    /// <summary>
    /// <c>tagGroupName</c> matches the group name exactly; <c>nameSubstring</c> is a case-insensitive substring of
    /// the tag name. Both given = both must hold. Tags are ordered by name, then id (as without a filter).
    /// </summary>
    public static List<Tag> Filter(IWorkspaceView view, IDictionary<string, object?>? filter)
    {
        var groupName = filter?.Get("tagGroupName")?.ToString();
        var substring = filter?.Get("nameSubstring")?.ToString();
        Guid? groupId = null;
        if (groupName is not null)
        {
            // An unknown group matches no tag rather than failing: a filter narrows, it does not validate.
            groupId = view.TagGroups.All.FirstOrDefault(g => g.Name == groupName)?.Id ?? Guid.Empty;
        }
        return view.Tags.All
            .Where(t => groupId is null || t.TagGroupId == groupId)
            .Where(t => string.IsNullOrEmpty(substring) || t.Name.Contains(substring, StringComparison.OrdinalIgnoreCase))
            .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Id).ToList();
    }

    /// <summary>
    /// [I] Sort keys: <c>name</c>, <c>shortName</c>, <c>description</c>, <c>mode</c>, <c>mandatory</c>, <c>tagCount</c>
    /// (D73); an unknown key is a BUSINESS_LOGIC error as in <c>allFactSheets</c> (D35). Text compares
    /// case-insensitively, nulls after values when ascending; ties and no sort at all fall back to name, then id.
    /// </summary>
    public static List<TagGroup> Sort(IWorkspaceView view, IReadOnlyList<object?>? sort)
    {
        IEnumerable<TagGroup> groups = view.TagGroups.All;
        IOrderedEnumerable<TagGroup>? ordered = null;
        foreach (var s in sort?.OfType<IDictionary<string, object?>>() ?? [])
        {
            var key = s.Get("key")?.ToString() ?? "";
            var desc = string.Equals(s.Get("order")?.ToString(), "desc", StringComparison.OrdinalIgnoreCase);
            Func<TagGroup, IComparable?> selector = key switch
            {
                "name" => g => g.Name,
                "shortName" => g => g.ShortName,
                "description" => g => g.Description,
                "mode" => g => g.Mode,
                "mandatory" => g => g.Mandatory,
                "tagCount" => g => TagUsage.TagCount(view, g.Id),
                _ => throw BusinessError.Query($"Unknown sort key '{key}' for tag groups. Known keys: name, shortName, description, mode, mandatory, tagCount.")
            };
            ordered = ordered is null
                ? desc ? groups.OrderByDescending(selector, NullsLast.Instance) : groups.OrderBy(selector, NullsLast.Instance)
                : desc ? ordered.ThenByDescending(selector, NullsLast.Instance) : ordered.ThenBy(selector, NullsLast.Instance);
        }
        return (ordered ?? groups.OrderBy(_ => 0))
            .ThenBy(g => g.Name, StringComparer.OrdinalIgnoreCase).ThenBy(g => g.Id).ToList();
    }

    private sealed class NullsLast : IComparer<IComparable?>
    {
        public static readonly NullsLast Instance = new();

        public int Compare(IComparable? x, IComparable? y) => (x, y) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            (string a, string b) => StringComparer.OrdinalIgnoreCase.Compare(a, b),
            _ => x.CompareTo(y)
        };
    }
}
