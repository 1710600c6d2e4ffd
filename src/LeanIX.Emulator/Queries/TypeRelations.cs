using System.Runtime.CompilerServices;
using LeanIX.Emulator.Model;

namespace LeanIX.Emulator.Queries;

/// <summary>
/// A fact sheet type's directional relation keys by relation definition, each with its position in the type's
/// <see cref="FactSheetTypeDefinition.Relations"/> (issue 15: grouping a fact sheet's relations and its completion
/// compared every relation with every key of the type, a few dozen string comparisons per relation and fact sheet).
/// Made once per type definition, which a data-model change replaces.
/// </summary>
internal static class TypeRelations
{
    private static readonly ConditionalWeakTable<FactSheetTypeDefinition, Dictionary<string, (DirectionalRelation Directional, int Position)[]>> Types = new();

    public static Dictionary<string, (DirectionalRelation Directional, int Position)[]> Of(FactSheetTypeDefinition type) =>
        Types.GetValue(type, static t =>
        {
            var byDefinition = new Dictionary<string, List<(DirectionalRelation, int)>>(StringComparer.Ordinal);
            var position = 0;
            foreach (var directional in t.Relations.Values)
            {
                if (!byDefinition.TryGetValue(directional.Definition.InternalName, out var list))
                    byDefinition[directional.Definition.InternalName] = list = [];
                list.Add((directional, position++));
            }
            return byDefinition.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        });
}
