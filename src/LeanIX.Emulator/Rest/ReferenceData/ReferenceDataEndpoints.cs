using System.Text.Json.Nodes;
using LeanIX.Emulator.Auth;
using LeanIX.Emulator.Mutations;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Rest.ReferenceData;

/// <summary>
/// Catalog search and geo look-up, the two look-ups without a published endpoint. D65: <c>GET
/// /services/reference-data/v1/source/{catalog}/fact-sheets?q=&amp;fuzzy=&amp;page=&amp;size=</c> answers
/// <c>{"data":[…],"total"}</c> from <see cref="ReferenceCatalog"/>, unknown catalog → 404. D71: <c>GET
/// /services/pathfinder/v1/suggestions/locations?q=&amp;count=</c> answers a D1 list of Location values from the offline
/// geocoder that also serves LOCATION patches (D20).
/// </summary>
public static class ReferenceDataEndpoints
{
    public const string CatalogBase = "/services/reference-data/v1/source";
    public const string LocationsPath = "/services/pathfinder/v1/suggestions/locations";

    public static WebApplication MapReferenceDataEndpoints(this WebApplication app)
    {
        ServiceRoutes.Map(app, "GET", CatalogBase + "/{catalog}/fact-sheets", false, "reference data", SearchAsync);
        ServiceRoutes.Map(app, "GET", CatalogBase + "/{catalog}/fact-sheets/{id}", false, "reference data", GetItemAsync);
        ServiceRoutes.Map(app, "GET", LocationsPath, false, "locations", LocationsAsync);
        return app;
    }

    private static Task<IResult> SearchAsync(HttpContext context)
    {
        var items = Catalog(context);
        var query = context.Request.Query["q"].FirstOrDefault() ?? "";
        var fuzzyText = context.Request.Query["fuzzy"].FirstOrDefault();
        var fuzzy = false;
        if (fuzzyText is not null && !bool.TryParse(fuzzyText, out fuzzy))
            throw new RestInputException($"'fuzzy' must be true or false, not '{fuzzyText}'.", fuzzyText, "fuzzy");
        var page = ServiceRoutes.Page(context.Request.Query);
        var matches = ReferenceCatalog.Search(items, query, fuzzy).ToList();
        var data = new JsonArray(page.Of(matches).Select(i => (JsonNode)Item(i)).ToArray());
        return Task.FromResult(Results.Text(new JsonObject { ["data"] = data, ["total"] = matches.Count }.ToJsonString(), "application/json"));
    }

    private static Task<IResult> GetItemAsync(HttpContext context)
    {
        var id = ServiceRoutes.Route(context);
        var item = Catalog(context).FirstOrDefault(i => i.Id == id) ?? throw new NotFoundException($"Catalog item '{id}' does not exist.", id);
        return Task.FromResult(Results.Text(new JsonObject { ["data"] = Item(item) }.ToJsonString(), "application/json"));
    }

    /// <summary>D71: <c>count</c> (default 1, at most 20) places for <c>q</c>; none when nothing matches.</summary>
    private static Task<IResult> LocationsAsync(HttpContext context)
    {
        var query = context.Request.Query["q"].FirstOrDefault();
        if (string.IsNullOrWhiteSpace(query)) throw new RestInputException("The query parameter 'q' is required.", field: "q");
        var countText = context.Request.Query["count"].FirstOrDefault();
        var count = 1;
        if (countText is not null && (!int.TryParse(countText, out count) || count is < 1 or > 20))
            throw new RestInputException($"'count' must be a number from 1 to 20, not '{countText}'.", countText, "count");
        var places = OfflineGeocoder.Suggest(query, count);
        return Task.FromResult(Envelope.OkResult("Location", new JsonArray(places.Select(p => (JsonNode)p).ToArray()), places.Count));
    }

    private static CatalogItem[] Catalog(HttpContext context)
    {
        _ = context.Principal(); // authenticated like every service (admin.md §0)
        var name = ServiceRoutes.Route(context, "catalog");
        return ReferenceCatalog.Sources.TryGetValue(name, out var items)
            ? items
            : throw new NotFoundException($"Catalog '{name}' does not exist; use one of {string.Join(", ", ReferenceCatalog.Sources.Keys)}.", name);
    }

    private static JsonObject Item(CatalogItem i) => new()
    {
        ["id"] = i.Id, ["name"] = i.Name, ["displayName"] = i.DisplayName, ["type"] = i.Type, ["provider"] = i.Provider,
        ["category"] = i.Category, ["aliases"] = new JsonArray(i.Aliases.Select(a => (JsonNode?)a).ToArray()), ["url"] = i.Url
    };
}
