using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Model;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Rest;

/// <summary>
/// The query of <c>GET /services/pathfinder/v1/factSheets</c> (rest-other.md §3): <c>type</c>
/// (one fact sheet type, absent = all), <c>pageSize</c> (default 100, 1…10 000 like GraphQL's
/// <c>first</c> cap, D8), <c>cursor</c> (<see cref="FactSheetCursor"/>), <c>archivedOnly</c>
/// (default false: only ACTIVE) and <c>relationTypes</c>. Any bad value is a 400 (D2).
/// </summary>
public sealed class FactSheetListQuery
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 10_000;

    private FactSheetListQuery() { }

    public string? Type { get; private init; }
    public int PageSize { get; private init; } = DefaultPageSize;
    public FactSheetCursor? Cursor { get; private init; }
    public bool ArchivedOnly { get; private init; }
    public IReadOnlyList<string> RelationTypes { get; private init; } = [];

    /// <summary>Parses the query string against the workspace's model; a bad value gives <paramref name="error"/>.</summary>
    public static FactSheetListQuery? Parse(IQueryCollection query, DataModel model, out QueryError? error)
    {
        error = null;
        var type = query["type"].FirstOrDefault();
        if (string.IsNullOrEmpty(type)) type = null;
        else if (model.Type(type) is null)
        {
            error = new QueryError("type", $"Unknown fact sheet type '{type}'; known types: {string.Join(", ", model.Types.Keys)}.");
            return null;
        }

        var pageSize = DefaultPageSize;
        if (query["pageSize"].FirstOrDefault() is { Length: > 0 } sizeText &&
            (!int.TryParse(sizeText, out pageSize) || pageSize is < 1 or > MaxPageSize))
        {
            error = new QueryError("pageSize", $"pageSize must be a whole number from 1 to {MaxPageSize}, not '{sizeText}'.");
            return null;
        }

        FactSheetCursor? cursor = null;
        if (query["cursor"].FirstOrDefault() is { Length: > 0 } cursorText && (cursor = FactSheetCursor.Decode(cursorText)) is null)
        {
            error = new QueryError("cursor", $"Invalid cursor '{cursorText}'; pass the cursor of a previous page unchanged.");
            return null;
        }

        if (!ParseBool(query, "archivedOnly", out var archivedOnly, out error)) return null;
        if (ParseRelationTypes(query, model, out error) is not { } relationTypes) return null;

        return new FactSheetListQuery
        {
            Type = type, PageSize = pageSize, Cursor = cursor, ArchivedOnly = archivedOnly, RelationTypes = relationTypes
        };
    }

    /// <summary>
    /// <c>relationTypes</c>, repeated or comma-separated. A key no type of the model declares is a
    /// 400; a key of another type simply selects nothing on a fact sheet.
    /// </summary>
    public static IReadOnlyList<string>? ParseRelationTypes(IQueryCollection query, DataModel model, out QueryError? error)
    {
        error = null;
        var keys = query["relationTypes"]
            .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var unknown = keys.FirstOrDefault(k => !model.Types.Values.Any(t => t.Relation(k) is not null));
        if (unknown is null) return keys;
        error = new QueryError("relationTypes", $"Unknown relation type '{unknown}'; relation types are the data model's directional keys such as relApplicationToITComponent.");
        return null;
    }

    private static bool ParseBool(IQueryCollection query, string name, out bool value, out QueryError? error)
    {
        value = false;
        error = null;
        if (query[name].FirstOrDefault() is not { Length: > 0 } text || bool.TryParse(text, out value)) return true;
        error = new QueryError(name, $"{name} must be true or false, not '{text}'.");
        return false;
    }

    /// <summary>Every matching fact sheet in D9 order (the envelope's <c>total</c> is their count).</summary>
    public List<FactSheet> Matches(IWorkspaceView view)
    {
        var status = ArchivedOnly ? FactSheetStatus.Archived : FactSheetStatus.Active;
        var matches = view.FactSheets.All.Where(fs => fs.Status == status && (Type is null || fs.Type == Type)).ToList();
        matches.Sort(DefaultOrder.FactSheets);
        return matches;
    }

    /// <summary>The page after the cursor, and the cursor of the next page (null when this page reaches the end).</summary>
    public (List<FactSheet> Page, string? NextCursor) PageOf(List<FactSheet> matches)
    {
        var start = 0;
        if (Cursor is { } cursor)
        {
            // Binary search for the first match after the keyset position.
            var (lo, hi) = (0, matches.Count);
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (cursor.Precedes(matches[mid])) hi = mid;
                else lo = mid + 1;
            }
            start = lo;
        }
        var page = matches.GetRange(start, Math.Min(PageSize, matches.Count - start));
        var end = start + page.Count;
        return (page, end < matches.Count ? FactSheetCursor.After(page[^1]).Encode() : null);
    }
}

/// <summary>A rejected query parameter: its name (the D2 <c>errors[].value</c>) and the message.</summary>
public readonly record struct QueryError(string Param, string Message);
