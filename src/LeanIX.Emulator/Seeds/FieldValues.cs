using System.Text.Json.Nodes;

namespace LeanIX.Emulator.Seeds;

/// <summary>
/// Builds field values in the wire form stored in <c>FactSheet.Fields</c> (D10, D11, D20), so every
/// seed writes the same JSON shapes the API layer reads back.
/// </summary>
public static class FieldValues
{
    /// <summary>A LIFECYCLE value; phases are stored sorted by start date (D11).</summary>
    public static JsonObject Lifecycle(params (string Phase, string StartDate)[] phases)
    {
        var sorted = phases.ToArray();
        // Stable insertion sort: lifecycles have at most five phases.
        for (var i = 1; i < sorted.Length; i++)
            for (var j = i; j > 0 && string.CompareOrdinal(sorted[j - 1].StartDate, sorted[j].StartDate) > 0; j--)
                (sorted[j - 1], sorted[j]) = (sorted[j], sorted[j - 1]);
        var list = new JsonArray();
        foreach (var (phase, date) in sorted)
            list.Add(new JsonObject { ["phase"] = phase, ["startDate"] = date });
        return new JsonObject { ["phases"] = list };
    }

    public static JsonObject ExternalId(string externalId, string? externalUrl = null) => new()
    {
        ["type"] = "ExternalId",
        ["externalId"] = externalId,
        ["externalUrl"] = externalUrl,
        ["comment"] = null,
        ["status"] = "ACTIVE"
    };

    /// <summary>A fully geocoded LOCATION value (datamodel.md addendum).</summary>
    public static JsonObject Location(SeedPlace place) => new()
    {
        ["rawAddress"] = place.RawAddress,
        ["latitude"] = place.Latitude,
        ["longitude"] = place.Longitude,
        ["geoCity"] = place.City,
        ["geoCountry"] = place.Country,
        ["geoCountryCode"] = place.CountryCode,
        ["geoPostalCode"] = place.PostalCode,
        ["geoStreet"] = place.Street,
        ["geoHouseNumber"] = place.HouseNumber,
        ["geoState"] = place.State,
        ["geoStateCode"] = place.StateCode,
        ["placeId"] = place.PlaceId
    };

    /// <summary>A MULTIPLE_SELECT value: a JSON array of value keys (D10, D25).</summary>
    public static JsonArray Keys(params string[] keys)
    {
        var array = new JsonArray();
        foreach (var key in keys) array.Add(key);
        return array;
    }

    /// <summary>A date in the <c>YYYY-MM-DD</c> form used by lifecycles and relation validity (D6).</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
