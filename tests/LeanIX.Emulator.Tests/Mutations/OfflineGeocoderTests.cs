using LeanIX.Emulator.Mutations;

namespace LeanIX.Emulator.Tests.Mutations;

public class OfflineGeocoderTests
{
    [Theory]
    [InlineData("München", "Munich", "DE")]
    [InlineData("5th Avenue, New York, USA", "New York", "US")]
    [InlineData("Walldorf, Germany", "Walldorf", "DE")]
    [InlineData("sao paulo, Brazil", "São Paulo", "BR")]
    public void Known_cities_fill_city_and_country(string raw, string city, string countryCode)
    {
        var location = OfflineGeocoder.Geocode(raw);
        Assert.Equal(raw, location["rawAddress"]!.GetValue<string>());
        Assert.Equal(city, location["geoCity"]!.GetValue<string>());
        Assert.Equal(countryCode, location["geoCountryCode"]!.GetValue<string>());
        Assert.NotNull(location["latitude"]);
    }

    [Fact]
    public void A_country_alone_fills_only_country_members()
    {
        var location = OfflineGeocoder.Geocode("Somewhere, UK");
        Assert.Null(location["geoCity"]);
        Assert.Equal("United Kingdom", location["geoCountry"]!.GetValue<string>());
        Assert.Equal("GB", location["geoCountryCode"]!.GetValue<string>());
    }
}
