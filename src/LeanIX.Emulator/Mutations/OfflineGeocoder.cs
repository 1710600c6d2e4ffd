using System.Text.Json.Nodes;

namespace LeanIX.Emulator.Mutations;

/// <summary>
/// D20: the emulator geocodes <c>rawAddress</c> from a small built-in table, without network access.
/// The address is split at commas; a known city wins, else a known country fills the country members.
/// Unknown places keep every geo member null.
/// </summary>
internal static class OfflineGeocoder
{
    private sealed record Country(string Name, string Code, double Latitude, double Longitude);

    private sealed record City(string Name, string CountryCode, string? State, double Latitude, double Longitude);

    private static readonly Country[] Countries =
    [
        new("Germany", "DE", 51.1657, 10.4515), new("France", "FR", 46.2276, 2.2137),
        new("United Kingdom", "GB", 55.3781, -3.4360), new("United States", "US", 37.0902, -95.7129),
        new("Switzerland", "CH", 46.8182, 8.2275), new("Austria", "AT", 47.5162, 14.5501),
        new("Netherlands", "NL", 52.1326, 5.2913), new("Spain", "ES", 40.4637, -3.7492),
        new("Italy", "IT", 41.8719, 12.5674), new("Sweden", "SE", 60.1282, 18.6435),
        new("Ireland", "IE", 53.4129, -8.2439), new("Japan", "JP", 36.2048, 138.2529),
        new("China", "CN", 35.8617, 104.1954), new("India", "IN", 20.5937, 78.9629),
        new("Australia", "AU", -25.2744, 133.7751), new("Canada", "CA", 56.1304, -106.3468),
        new("Brazil", "BR", -14.2350, -51.9253), new("Singapore", "SG", 1.3521, 103.8198),
        new("Poland", "PL", 51.9194, 19.1451), new("Denmark", "DK", 56.2639, 9.5018)
    ];

    // Alternative spellings of country names, lower case.
    private static readonly Dictionary<string, string> CountryAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["deutschland"] = "DE", ["uk"] = "GB", ["great britain"] = "GB", ["england"] = "GB",
        ["usa"] = "US", ["united states of america"] = "US", ["us"] = "US", ["the netherlands"] = "NL",
        ["holland"] = "NL", ["schweiz"] = "CH", ["österreich"] = "AT"
    };

    private static readonly City[] Cities =
    [
        new("Munich", "DE", "Bavaria", 48.1351, 11.5820), new("Berlin", "DE", "Berlin", 52.5200, 13.4050),
        new("Hamburg", "DE", "Hamburg", 53.5511, 9.9937), new("Frankfurt", "DE", "Hesse", 50.1109, 8.6821),
        new("Walldorf", "DE", "Baden-Württemberg", 49.3064, 8.6428), new("Bonn", "DE", "North Rhine-Westphalia", 50.7374, 7.0982),
        new("London", "GB", "England", 51.5074, -0.1278), new("Paris", "FR", "Île-de-France", 48.8566, 2.3522),
        new("New York", "US", "New York", 40.7128, -74.0060), new("San Francisco", "US", "California", 37.7749, -122.4194),
        new("Boston", "US", "Massachusetts", 42.3601, -71.0589), new("Chicago", "US", "Illinois", 41.8781, -87.6298),
        new("Zurich", "CH", "Zurich", 47.3769, 8.5417), new("Vienna", "AT", "Vienna", 48.2082, 16.3738),
        new("Amsterdam", "NL", "North Holland", 52.3676, 4.9041), new("Madrid", "ES", "Madrid", 40.4168, -3.7038),
        new("Barcelona", "ES", "Catalonia", 41.3851, 2.1734), new("Rome", "IT", "Lazio", 41.9028, 12.4964),
        new("Milan", "IT", "Lombardy", 45.4642, 9.1900), new("Stockholm", "SE", "Stockholm", 59.3293, 18.0686),
        new("Dublin", "IE", "Leinster", 53.3498, -6.2603), new("Tokyo", "JP", "Tokyo", 35.6762, 139.6503),
        new("Shanghai", "CN", "Shanghai", 31.2304, 121.4737), new("Bangalore", "IN", "Karnataka", 12.9716, 77.5946),
        new("Sydney", "AU", "New South Wales", -33.8688, 151.2093), new("Toronto", "CA", "Ontario", 43.6532, -79.3832),
        new("São Paulo", "BR", "São Paulo", -23.5505, -46.6333), new("Singapore", "SG", null, 1.2903, 103.8519),
        new("Warsaw", "PL", "Masovia", 52.2297, 21.0122), new("Copenhagen", "DK", "Capital Region", 55.6761, 12.5683),
        new("Cologne", "DE", "North Rhine-Westphalia", 50.9375, 6.9603)
    ];

    // Local spellings of city names.
    private static readonly Dictionary<string, string> CityAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["münchen"] = "Munich", ["muenchen"] = "Munich", ["frankfurt am main"] = "Frankfurt", ["wien"] = "Vienna",
        ["zürich"] = "Zurich", ["new york city"] = "New York", ["nyc"] = "New York", ["bengaluru"] = "Bangalore",
        ["sao paulo"] = "São Paulo", ["roma"] = "Rome", ["milano"] = "Milan", ["köln"] = "Cologne"
    };

    /// <summary>The stored LOCATION value for <paramref name="rawAddress"/> (datamodel.md addendum members).</summary>
    public static JsonObject Geocode(string rawAddress)
    {
        var parts = rawAddress.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var city = parts.Select(FindCity).FirstOrDefault(c => c is not null);
        var country = city is not null
            ? Countries.First(c => c.Code == city.CountryCode)
            : parts.Reverse().Select(FindCountry).FirstOrDefault(c => c is not null);
        return new JsonObject
        {
            ["rawAddress"] = rawAddress,
            ["latitude"] = city?.Latitude ?? country?.Latitude,
            ["longitude"] = city?.Longitude ?? country?.Longitude,
            ["geoCity"] = city?.Name,
            ["geoCountry"] = country?.Name,
            ["geoCountryCode"] = country?.Code,
            ["geoPostalCode"] = null,
            ["geoStreet"] = null,
            ["geoHouseNumber"] = null,
            ["geoState"] = city?.State,
            ["geoStateCode"] = null,
            ["placeId"] = null
        };
    }

    /// <summary>
    /// D71: up to <paramref name="count"/> places for a search text: known cities whose name contains it (those starting with
    /// it first), then known countries, each geocoded as "city, country"; else the text itself when it geocodes to a place.
    /// </summary>
    public static IReadOnlyList<JsonObject> Suggest(string query, int count)
    {
        var text = query.Trim();
        var name = CityAliases.GetValueOrDefault(text, text);
        var cities = Cities.Where(c => c.Name.Contains(name, StringComparison.OrdinalIgnoreCase))
            .OrderBy(c => c.Name.StartsWith(name, StringComparison.OrdinalIgnoreCase) ? 0 : 1).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => Geocode($"{c.Name}, {Countries.First(k => k.Code == c.CountryCode).Name}"));
        var countries = Countries.Where(c => c.Name.Contains(text, StringComparison.OrdinalIgnoreCase) || string.Equals(c.Code, text, StringComparison.OrdinalIgnoreCase))
            .Select(c => Geocode(c.Name));
        var found = cities.Concat(countries).Take(count).ToList();
        if (found.Count == 0 && Geocode(text) is { } whole && whole["latitude"] is not null) found.Add(whole);
        return found;
    }

    private static City? FindCity(string part)
    {
        var name = CityAliases.GetValueOrDefault(part, part);
        return Cities.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
    }

    private static Country? FindCountry(string part)
    {
        if (CountryAliases.TryGetValue(part, out var code)) return Countries.First(c => c.Code == code);
        return Countries.FirstOrDefault(c => string.Equals(c.Name, part, StringComparison.OrdinalIgnoreCase)
                                             || string.Equals(c.Code, part, StringComparison.OrdinalIgnoreCase));
    }
}
