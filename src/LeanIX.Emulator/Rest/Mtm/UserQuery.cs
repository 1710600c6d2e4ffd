using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Rest.Mtm;

/// <summary>
/// The query of MTM user listings (D33): <c>page</c> (1-indexed, 0 → 1), <c>size</c> (default 30,
/// clamped to 100), <c>sort</c> (default <c>id-asc</c>; <c>&lt;field&gt;-asc|desc</c>, several
/// comma-separated), <c>q</c>, <c>email</c>, <c>status</c> (permission status, comma-separated) and
/// <c>includeTechnicalUsers</c> (default false).
/// </summary>
public sealed class UserQuery
{
    private static readonly Dictionary<string, Func<User, string>> SortKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = u => u.Id.ToString(),
        ["userName"] = u => u.UserName,
        ["email"] = u => u.Email,
        ["firstName"] = u => u.FirstName ?? "",
        ["lastName"] = u => u.LastName ?? ""
    };

    private UserQuery() { }

    public int Page { get; private init; } = 1;
    public int Size { get; private init; } = PageRequest.DefaultSize;
    public string? Q { get; private init; }
    public string? Email { get; private init; }
    public IReadOnlySet<string>? Statuses { get; private init; }
    public bool IncludeTechnicalUsers { get; private init; }
    private IReadOnlyList<(Func<User, string> Key, bool Descending)> Sort { get; init; } = [(SortKeys["id"], false)];

    /// <summary>Parses the query string; a bad value gives <paramref name="error"/> (param, message) for a 400.</summary>
    public static UserQuery? Parse(IQueryCollection query, out (string Param, string Message)? error)
    {
        error = null;
        if (PageRequest.Parse(query, out error) is not { } paging) return null;
        var (page, size) = (paging.Page, paging.Size);
        var include = false;
        if (query["includeTechnicalUsers"].FirstOrDefault() is { Length: > 0 } t && !bool.TryParse(t, out include))
        {
            error = ("includeTechnicalUsers", $"includeTechnicalUsers must be true or false, not '{t}'.");
            return null;
        }
        var sort = new List<(Func<User, string>, bool)>();
        var sortText = query["sort"].FirstOrDefault();
        foreach (var part in (string.IsNullOrWhiteSpace(sortText) ? "id-asc" : sortText).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var dash = part.LastIndexOf('-');
            var field = dash > 0 ? part[..dash] : part;
            var direction = dash > 0 ? part[(dash + 1)..] : "asc";
            var descending = direction.Equals("desc", StringComparison.OrdinalIgnoreCase);
            if (!SortKeys.TryGetValue(field, out var key) || !(descending || direction.Equals("asc", StringComparison.OrdinalIgnoreCase)))
            {
                error = ("sort", $"sort must be <field>-asc or <field>-desc with field one of id, userName, email, firstName, lastName, not '{part}'.");
                return null;
            }
            sort.Add((key, descending));
        }
        if (sort.Count == 0) sort.Add((SortKeys["id"], false)); // "sort=," names no field: keep the default
        var statuses = query["status"].FirstOrDefault() is { Length: > 0 } st
            ? st.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : null;
        return new UserQuery
        {
            Page = page,
            Size = size,
            Q = NullIfEmpty(query["q"].FirstOrDefault()),
            Email = NullIfEmpty(query["email"].FirstOrDefault()),
            Statuses = statuses,
            IncludeTechnicalUsers = include,
            Sort = sort
        };
    }

    /// <summary>Every matching user in sort order (the envelope's <c>total</c> is their count).</summary>
    public List<User> Matches(IEnumerable<User> users)
    {
        var filtered = users.Where(Matches);
        IOrderedEnumerable<User>? ordered = null;
        foreach (var (key, descending) in Sort)
        {
            ordered = ordered is null
                ? descending ? filtered.OrderByDescending(key, StringComparer.OrdinalIgnoreCase) : filtered.OrderBy(key, StringComparer.OrdinalIgnoreCase)
                : descending ? ordered.ThenByDescending(key, StringComparer.OrdinalIgnoreCase) : ordered.ThenBy(key, StringComparer.OrdinalIgnoreCase);
        }
        // The id breaks ties, so pages never overlap or skip users.
        return [.. ordered!.ThenBy(u => u.Id.ToString(), StringComparer.Ordinal)];
    }

    public IEnumerable<User> PageOf(List<User> matches) => new PageRequest(Page, Size).Of(matches);

    private bool Matches(User user)
    {
        if (!IncludeTechnicalUsers && user.TechnicalUser) return false;
        if (Email is not null && !string.Equals(user.Email, Email, StringComparison.OrdinalIgnoreCase)) return false;
        if (Statuses is not null && !Statuses.Contains(user.PermissionStatus)) return false;
        if (Q is not null && !new[] { user.UserName, user.Email, user.FirstName, user.LastName }
                .Any(v => v is not null && v.Contains(Q, StringComparison.OrdinalIgnoreCase)))
            return false;
        return true;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
