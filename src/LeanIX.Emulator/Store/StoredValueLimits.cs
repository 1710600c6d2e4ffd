using System.Collections.Concurrent;
using System.Reflection;
using LeanIX.Emulator.Domain;

namespace LeanIX.Emulator.Store;

/// <summary>
/// Sizes a stored value may have (issue 9: a 20 MB description was accepted). Checked on every change
/// before it reaches its parent transaction or SQLite, so every writer (GraphQL, REST, seeds) is bound.
/// </summary>
public sealed class StoredValueLimits
{
    /// <summary>Names: every string property whose name ends in "Name" (fact sheet, tag, document, user names).</summary>
    public int MaxNameChars { get; set; } = 1_000;

    /// <summary>Descriptions.</summary>
    public int MaxDescriptionChars { get; set; } = 100_000;

    /// <summary>Every other string property: identifiers, URLs, colours, metadata.</summary>
    public int MaxTextChars { get; set; } = 100_000;

    /// <summary>One whole entity as stored (its JSON): fact sheet fields, external ids, documents included.</summary>
    public int MaxEntityBytes { get; set; } = 1024 * 1024;

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> StringProperties = new();

    /// <summary>Throws <see cref="StoredValueTooLargeException"/> naming the first value over its limit.</summary>
    internal void Check(EntityKind kind, IEntity entity)
    {
        foreach (var property in StringProperties.GetOrAdd(entity.GetType(), type =>
                     type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string) && p.CanRead).ToArray()))
        {
            if (property.GetValue(entity) is not string value) continue;
            var (limit, option) = property.Name switch
            {
                "Description" => (MaxDescriptionChars, "maxDescriptionChars"),
                _ when property.Name.EndsWith("Name", StringComparison.Ordinal) => (MaxNameChars, "maxNameChars"),
                _ => (MaxTextChars, "maxTextChars")
            };
            if (value.Length > limit)
                throw new StoredValueTooLargeException(
                    $"{kind.Name}.{Camel(property.Name)} is too long: {value.Length} characters are over the limit {option} = {limit}.");
        }
        var bytes = System.Text.Encoding.UTF8.GetByteCount(kind.Serialize(entity));
        if (bytes > MaxEntityBytes)
            throw new StoredValueTooLargeException($"{kind.Name} is too large: {bytes} bytes stored are over the limit maxEntityBytes = {MaxEntityBytes}.");
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}

/// <summary>A change would store a value over a <see cref="StoredValueLimits"/> limit; nothing of it is kept.</summary>
public sealed class StoredValueTooLargeException(string message) : Exception(message);
