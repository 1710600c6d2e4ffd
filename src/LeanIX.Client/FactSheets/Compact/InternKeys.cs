using System.Runtime.CompilerServices;
using System.Text;

namespace LeanIX.Client;

/// <summary>A string by its UTF-8 bytes as read from a body: ASCII (almost every id, date and key) compares byte against char.</summary>
internal struct Utf8TextKey : IInternKey<string, ReadOnlySpan<byte>>
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool Matches(ReadOnlySpan<byte> key, string item)
    {
        if (Ascii.Equals(key, item)) return true;
        // Unequal ASCII on both sides, or a length no encoding of the item could have: no need to decode.
        if (key.Length < item.Length || Ascii.IsValid(key)) return false;
        return Encoding.UTF8.GetString(key) == item;
    }

    public static string Create(ReadOnlySpan<byte> key) => Encoding.UTF8.GetString(key);
}

/// <summary>A string by a string (escaped values, DOM nodes): the string itself becomes the item.</summary>
internal struct TextKey : IInternKey<string, string>
{
    public static bool Matches(string key, string item) => string.Equals(key, item, StringComparison.Ordinal);

    public static string Create(string key) => key;
}

/// <summary>A number by its UTF-8 text (always ASCII in JSON).</summary>
internal struct Utf8NumberKey : IInternKey<CompactNumber, ReadOnlySpan<byte>>
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool Matches(ReadOnlySpan<byte> key, CompactNumber item) => Ascii.Equals(key, item.Text);

    public static CompactNumber Create(ReadOnlySpan<byte> key) => new(Encoding.UTF8.GetString(key));
}

/// <summary>A number by its text.</summary>
internal struct NumberKey : IInternKey<CompactNumber, string>
{
    public static bool Matches(string key, CompactNumber item) => string.Equals(key, item.Text, StringComparison.Ordinal);

    public static CompactNumber Create(string key) => new(key);
}

/// <summary>An object or array by its slots: equal when its values are the same instances (every value in it is interned).</summary>
internal struct SlotsKey : IInternKey<object?[], ReadOnlySpan<object?>>
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool Matches(ReadOnlySpan<object?> key, object?[] item)
    {
        if (key.Length != item.Length) return false;
        for (var i = 0; i < item.Length; i++)
            if (!ReferenceEquals(key[i], item[i])) return false;
        return true;
    }

    public static object?[] Create(ReadOnlySpan<object?> key) => key.ToArray();
}
