namespace LeanIX.Client.Typed;

/// <summary>A LOCATION field's geocoded value (datamodel.md, addendum).</summary>
/// <param name="RawAddress">The address as entered.</param>
/// <param name="Latitude">Latitude.</param>
/// <param name="Longitude">Longitude.</param>
/// <param name="GeoCity">City.</param>
/// <param name="GeoCountry">Country.</param>
/// <param name="GeoCountryCode">Country code.</param>
/// <param name="GeoPostalCode">Postal code.</param>
/// <param name="GeoStreet">Street.</param>
/// <param name="GeoState">State.</param>
public sealed record Location(string? RawAddress, double? Latitude, double? Longitude, string? GeoCity, string? GeoCountry,
    string? GeoCountryCode, string? GeoPostalCode, string? GeoStreet, string? GeoState)
{
    /// <summary>Reads a location value; null when unset.</summary>
    public static Location? From(FactSheetValue value) => value.IsNull ? null : new Location(
        value["rawAddress"].AsString(), value["latitude"].AsDouble(), value["longitude"].AsDouble(), value["geoCity"].AsString(),
        value["geoCountry"].AsString(), value["geoCountryCode"].AsString(), value["geoPostalCode"].AsString(),
        value["geoStreet"].AsString(), value["geoState"].AsString());
}
