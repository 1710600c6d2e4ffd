namespace LeanIX.Emulator.Seeds;

/// <summary>The offices of the fictional Acme group; also the pool the synthetic seed draws locations from.</summary>
public static class SeedPlaces
{
    public static readonly SeedPlace Munich = new("Marienplatz", "1", "80331", "Munich", "Bavaria", "BY", "Germany", "DE", 48.1374, 11.5755);
    public static readonly SeedPlace Frankfurt = new("Mainzer Landstraße", "50", "60325", "Frankfurt am Main", "Hesse", "HE", "Germany", "DE", 50.1109, 8.6821);
    public static readonly SeedPlace Hamburg = new("Jungfernstieg", "7", "20354", "Hamburg", "Hamburg", "HH", "Germany", "DE", 53.5530, 9.9925);
    public static readonly SeedPlace Paris = new("Avenue des Champs-Élysées", "101", "75008", "Paris", "Île-de-France", "IDF", "France", "FR", 48.8698, 2.3075);
    public static readonly SeedPlace London = new("King William Street", "20", "EC4N 7BP", "London", "England", "ENG", "United Kingdom", "GB", 51.5107, -0.0871);
    public static readonly SeedPlace Chicago = new("North Michigan Avenue", "401", "60611", "Chicago", "Illinois", "IL", "United States", "US", 41.8893, -87.6238);
    public static readonly SeedPlace Shanghai = new("Century Avenue", "100", "200120", "Shanghai", "Shanghai", "SH", "China", "CN", 31.2336, 121.5055);
    public static readonly SeedPlace SaoPaulo = new("Avenida Paulista", "1000", "01310-100", "São Paulo", "São Paulo", "SP", "Brazil", "BR", -23.5641, -46.6525);
    public static readonly SeedPlace Bangalore = new("MG Road", "12", "560001", "Bengaluru", "Karnataka", "KA", "India", "IN", 12.9756, 77.6066);
    public static readonly SeedPlace Madrid = new("Paseo de la Castellana", "89", "28046", "Madrid", "Community of Madrid", "MD", "Spain", "ES", 40.4494, -3.6920);

    public static readonly SeedPlace[] All = [Munich, Frankfurt, Hamburg, Paris, London, Chicago, Shanghai, SaoPaulo, Bangalore, Madrid];
}
