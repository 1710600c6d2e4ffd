using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Model;

namespace LeanIX.Emulator.Seeds;

/// <summary>
/// Hierarchies and relations. Every relation is valid per the data model: right types at both
/// ends, no self-relations, no duplicates, SINGLE ends used once, and trees without cycles.
/// Duplicate and multiplicity checks use packed <c>long</c> keys, so the stage stays linear.
/// </summary>
internal sealed partial class SyntheticGenerator
{
    /// <summary>Target: relations ≈ 1.5 × N, i.e. about three relations per fact sheet counting both ends.</summary>
    private const double RelationsPerFactSheet = 1.5;
    private const int MaxDepth = 4;

    private static readonly Dictionary<string, double> ParentShare = new(StringComparer.Ordinal)
    {
        ["BusinessCapability"] = 0.9, ["Process"] = 0.85, ["BusinessContext"] = 0.85, ["UserGroup"] = 0.85, ["Organization"] = 0.85,
        ["TechnicalStack"] = 0.8, ["Objective"] = 0.6, ["Project"] = 0.5, ["Initiative"] = 0.5, ["Platform"] = 0.3,
        ["Application"] = 0.15, ["ITComponent"] = 0.1, ["DataObject"] = 0.3, ["Interface"] = 0.05, ["Provider"] = 0.05
    };

    private static readonly Dictionary<string, double> RelationWeight = new(StringComparer.Ordinal)
    {
        ["applicationITComponentRelation"] = 6, ["applicationBusinessCapabilityRelation"] = 5,
        ["applicationUserGroupRelation"] = 3, ["applicationOrganizationRelation"] = 3,
        ["applicationProcessRelation"] = 3, ["applicationBusinessContextRelation"] = 3,
        ["providerApplicationInterfaceRelation"] = 3, ["consumerApplicationInterfaceRelation"] = 3,
        ["itComponentProviderRelation"] = 3, ["itComponentTechnologyStackRelation"] = 3,
        ["interfaceDataObjectRelation"] = 2, ["applicationDataObjectRelation"] = 2, ["interfaceITComponentRelation"] = 1.5
    };

    private static readonly string[] RelationNotes = ["Primary usage.", "Only for reporting.", "Being phased out.", "Used in the EMEA companies."];

    private readonly HashSet<long> _relationKeys = [];
    private readonly HashSet<long> _singleEnds = [];
    private readonly SyntheticIds _relationIds = new("relation");
    private int _relationCount;

    /// <summary>Same-type relations with one SINGLE end (relToParent) become forests.</summary>
    private static bool IsTree(RelationDefinition def) =>
        def.From.FactSheetType == def.To.FactSheetType && def.From.IsSingle != def.To.IsSingle;

    private void AddHierarchies()
    {
        foreach (var def in _model.Relations.Values.Where(IsTree))
        {
            if (!_typeIndex.TryGetValue(def.From.FactSheetType, out var t)) continue;
            var sheets = _byType[t];
            var share = ParentShare.GetValueOrDefault(def.From.FactSheetType, 0.3);
            var roots = Math.Max(1, (int)Math.Ceiling(sheets.Length * 0.05));
            var level = new byte[sheets.Length];
            var eligible = new List<int>(sheets.Length);
            for (var i = 0; i < sheets.Length; i++)
            {
                level[i] = 1;
                if (i >= roots && Chance(share))
                {
                    // Parents come from earlier fact sheets only, which rules out cycles.
                    var parent = eligible[_random.Next(eligible.Count)];
                    level[i] = (byte)(level[parent] + 1);
                    // The SINGLE end is the child (relToParent); orient by the definition.
                    if (def.From.IsSingle) AddRelation(def, sheets, i, sheets, parent);
                    else AddRelation(def, sheets, parent, sheets, i);
                }
                if (level[i] < MaxDepth) eligible.Add(i);
            }
        }
    }

    private void AddRelations()
    {
        var defs = _model.Relations.Values
            .Where(d => !IsTree(d) && _typeIndex.ContainsKey(d.From.FactSheetType) && _typeIndex.ContainsKey(d.To.FactSheetType))
            .ToArray();
        var budget = RelationsPerFactSheet * _count - _relationCount;
        if (defs.Length == 0 || budget <= 0) return;
        var weights = defs.Select(d => RelationWeight.GetValueOrDefault(d.InternalName, IsLineage(d) ? 0.4 : 1.0)).ToArray();
        var capacities = defs.Select(Capacity).ToArray();
        var targets = Allocate(budget, weights, capacities);
        for (var d = 0; d < defs.Length; d++)
        {
            var def = defs[d];
            var from = _byType[_typeIndex[def.From.FactSheetType]];
            var to = _byType[_typeIndex[def.To.FactSheetType]];
            var sameType = def.From.FactSheetType == def.To.FactSheetType;
            var target = (int)Math.Round(targets[d]);
            for (var k = 0; k < target; k++)
            {
                for (var attempt = 0; attempt < 4; attempt++)
                {
                    var a = _random.Next(from.Length);
                    var b = _random.Next(to.Length);
                    if (sameType)
                    {
                        if (a == b) continue;
                        // Lineage (successor, requires) points from older to newer, so it never loops.
                        if (a > b) (a, b) = (b, a);
                    }
                    if (AddRelation(def, from, a, to, b)) break;
                }
            }
        }
    }

    /// <summary>
    /// Half the possible pairs of a definition (so random picks rarely collide), or fewer when an end is SINGLE.
    /// </summary>
    private double Capacity(RelationDefinition def)
    {
        double from = _byType[_typeIndex[def.From.FactSheetType]].Length;
        double to = _byType[_typeIndex[def.To.FactSheetType]].Length;
        var capacity = def.From.FactSheetType == def.To.FactSheetType ? from * (from - 1) / 2 : from * to;
        if (def.From.IsSingle) capacity = Math.Min(capacity, from);
        if (def.To.IsSingle) capacity = Math.Min(capacity, to);
        return Math.Floor(capacity / 2);
    }

    /// <summary>
    /// Splits the budget by weight; a definition that cannot take its share (few fact sheets of its
    /// types) is capped and the rest goes to the others, so small workspaces still get ~3 per fact sheet.
    /// </summary>
    private static double[] Allocate(double budget, double[] weights, double[] capacities)
    {
        var targets = new double[weights.Length];
        var capped = new bool[weights.Length];
        var remaining = budget;
        for (var round = 0; round <= weights.Length; round++)
        {
            var free = 0.0;
            for (var d = 0; d < weights.Length; d++) if (!capped[d]) free += weights[d];
            if (free <= 0 || remaining <= 0) break;
            var changed = false;
            for (var d = 0; d < weights.Length; d++)
            {
                if (capped[d] || remaining * weights[d] / free < capacities[d]) continue;
                targets[d] = capacities[d];
                capped[d] = true;
                changed = true;
            }
            if (changed)
            {
                remaining = budget;
                for (var d = 0; d < weights.Length; d++) if (capped[d]) remaining -= targets[d];
                continue;
            }
            for (var d = 0; d < weights.Length; d++) if (!capped[d]) targets[d] = remaining * weights[d] / free;
            break;
        }
        return targets;
    }

    private static bool IsLineage(RelationDefinition def) => def.From.FactSheetType == def.To.FactSheetType;

    /// <summary>Adds the relation unless it would duplicate one or overuse a SINGLE end.</summary>
    /// <remarks>Ends are given as type array and position, which packs into the duplicate keys without lookups.</remarks>
    private bool AddRelation(RelationDefinition def, FactSheet[] fromType, int a, FactSheet[] toType, int b)
    {
        var defIndex = DefinitionIndex(def);
        var key = (defIndex << 42) | ((long)a << 21) | (long)b;
        var fromEnd = (defIndex << 22) | (long)a;
        var toEnd = (defIndex << 22) | (1L << 21) | (long)b;
        if (_relationKeys.Contains(key)) return false;
        if (def.From.IsSingle && _singleEnds.Contains(fromEnd)) return false;
        if (def.To.IsSingle && _singleEnds.Contains(toEnd)) return false;
        _relationKeys.Add(key);
        if (def.From.IsSingle) _singleEnds.Add(fromEnd);
        if (def.To.IsSingle) _singleEnds.Add(toEnd);
        var (from, to) = (fromType[a], toType[b]);

        var created = from.CreatedAt > to.CreatedAt ? from.CreatedAt : to.CreatedAt;
        var relation = new Relation
        {
            Id = _relationIds.Next(),
            DefinitionName = def.InternalName,
            FromId = from.Id,
            ToId = to.Id,
            CreatedAt = created,
            UpdatedAt = created
        };
        if (def.Fields.Count > 0)
            foreach (var field in def.Fields.Values)
                if (RelationFieldValue(field) is { } value) relation.Fields[field.Key] = value;
        if (!IsTree(def) && Chance(0.1))
        {
            var start = _random.Next(_dates.Length - 60);
            relation.ActiveFrom = _dates[start];
            if (Chance(0.3)) relation.ActiveUntil = _dates[start + 12 + _random.Next(48)];
            if (Chance(0.5)) relation.Description = Pick(RelationNotes);
        }
        _state.Relations.Put(relation);
        _relationCount++;
        return true;
    }

    private JsonNode? RelationFieldValue(FieldDefinition field) => field.Type switch
    {
        FieldType.MultipleSelect when field.Values.Count > 0 => Chance(0.8) ? MultiSelect(field.Values) : null,
        FieldType.SingleSelect when field.Values.Count > 0 => Chance(0.7) ? JsonValue.Create(Pick(field.Values)) : null,
        FieldType.Integer => Chance(0.7) ? JsonValue.Create((long)_random.Next(1, 5_000)) : null,
        FieldType.Double => Chance(0.7) ? JsonValue.Create(Math.Round(_random.NextDouble() * 250_000, 2)) : null,
        FieldType.String => Chance(0.3) ? JsonValue.Create(Pick(RelationNotes)) : null,
        _ => null
    };

    private Dictionary<string, long>? _definitionIndex;

    private long DefinitionIndex(RelationDefinition def)
    {
        _definitionIndex ??= _model.Relations.Keys.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => (long)p.i, StringComparer.Ordinal);
        return _definitionIndex[def.InternalName];
    }
}
