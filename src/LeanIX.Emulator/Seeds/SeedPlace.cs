namespace LeanIX.Emulator.Seeds;

/// <summary>A geocoded address used for LOCATION fields of seeded fact sheets.</summary>
public sealed record SeedPlace(
    string Street, string HouseNumber, string PostalCode, string City, string? State, string? StateCode,
    string Country, string CountryCode, double Latitude, double Longitude)
{
    public string RawAddress => $"{Street} {HouseNumber}, {PostalCode} {City}, {Country}";

    /// <summary>A stable stand-in for a geocoder place id, so reseeding yields identical values.</summary>
    public string PlaceId => "seed-" + City.ToLowerInvariant().Replace(' ', '-') + "-" + PostalCode;
}
