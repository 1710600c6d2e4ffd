using System.Globalization;

namespace LeanIX.Emulator.Wire;

/// <summary>D6 wire formats.</summary>
public static class Formats
{
    /// <summary>ISO-8601 UTC with a Z suffix and 6 fractional digits (D6).</summary>
    public static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Ids are lower-case UUID strings (D6).</summary>
    public static string Id(Guid id) => id.ToString("D");

    public static Guid? ParseId(object? value) =>
        value is not null && Guid.TryParse(value.ToString(), out var id) ? id : null;

    public static Guid ParseIdOrEmpty(object? value) => ParseId(value) ?? Guid.Empty;
}
