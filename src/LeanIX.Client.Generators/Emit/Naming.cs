using System;
using System.Collections.Generic;
using System.Linq;
using LeanIX.Client.Generators.Snapshot;

namespace LeanIX.Client.Generators.Emit;

/// <summary>
/// Chooses every generated name up front, so all emitters agree and the output depends only on the snapshot.
/// Rules (documented in the README):
/// <list type="bullet">
/// <item>Class: the type key in PascalCase (<c>ITComponent</c>); a clash adds a number.</item>
/// <item>Property: the field key in PascalCase; a clash with a base member, the class or another member adds <c>Field</c>.</item>
/// <item>Relation method: the target's plural (<c>BusinessCapabilities()</c>). When several relations of a type reach
/// the same target type, each is named after its relation key instead, without <c>rel</c>, then without
/// <c>&lt;OwnType&gt;To</c> or <c>To</c>: <c>relToParent</c> → <c>Parent()</c>, <c>relSite3DToHostedApplication</c> on Site3D →
/// <c>HostedApplication()</c>, <c>relProviderApplicationToInterface</c> → <c>ProviderApplicationToInterface()</c>.</item>
/// <item>Select value type: the field key in PascalCase when every type with that field key has the same values,
/// else prefixed by the class name (<c>ApplicationCategory</c>).</item>
/// </list>
/// </summary>
internal sealed class Naming
{
    /// <summary>Members of TypedFactSheet, object and the generated statics: a field or relation must not hide them.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "Id", "Type", "Name", "DisplayName", "Description", "Status", "FactSheet", "Relation", "Relations", "Subscriptions",
        "TagsByGroup", "TypeKey", "Create", "All", "AllAsync", "Filter", "FilterAsync", "Get", "GetAsync", "Related", "Text",
        "Number", "Integer", "Select", "Selects", "LifecycleOf", "LocationOf", "ExternalIdOf", "ToString", "Equals",
        "GetHashCode", "GetType", "MemberwiseClone", "Finalize"
    };

    /// <summary>Fields the base class already exposes.</summary>
    public static readonly HashSet<string> BaseFieldKeys = new(StringComparer.Ordinal) { "name", "description" };

    private static readonly HashSet<string> ValueReserved = new(StringComparer.Ordinal)
    {
        "Key", "IsKnown", "From", "Known", "ToString", "Equals", "GetHashCode", "Deconstruct", "PrintMembers", "GetType", "EqualityContract"
    };

    private readonly Dictionary<string, string> _classes = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Type, string Field), string> _members = new();
    private readonly Dictionary<(string Type, string Relation), string> _relations = new();
    private readonly Dictionary<(string Type, string Field), string> _selectTypes = new();
    private readonly Dictionary<(string Type, string Relation), string> _attributeLists = new();
    private readonly Dictionary<(string Type, string Relation), string> _attributeTypes = new();
    private readonly Dictionary<(string Type, string Relation, string Field), string> _attributeMembers = new();

    private static readonly HashSet<string> AttributeReserved = new(StringComparer.Ordinal)
    {
        "Relation", "FactSheet", "ActiveFrom", "ActiveUntil", "Description", "ToString", "Equals", "GetHashCode", "GetType", "MemberwiseClone", "Finalize"
    };

    public Naming(ModelSnapshot model)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in model.Types) _classes[type.Key] = Unique(Identifiers.Pascal(type.Key), taken, "");

        var classNames = new HashSet<string>(_classes.Values, StringComparer.Ordinal);
        foreach (var type in model.Types)
        {
            var cls = _classes[type.Key];
            var used = new HashSet<string>(Reserved, StringComparer.Ordinal) { cls };
            foreach (var field in type.Fields.Where(f => !BaseFieldKeys.Contains(f.Key)))
                _members[(type.Key, field.Key)] = Unique(Identifiers.Pascal(field.Key), used, "Field");
            var byTarget = type.Relations.GroupBy(r => r.TargetType).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            foreach (var relation in type.Relations)
            {
                var name = byTarget[relation.TargetType] > 1 ? RelationKeyName(type.Key, relation.Key) : Identifiers.Pascal(Plural(relation.TargetType));
                var method = Unique(name, used, "Relation");
                _relations[(type.Key, relation.Key)] = method;
                if (HasAttributes(relation)) _attributeLists[(type.Key, relation.Key)] = Unique(method.TrimStart('@') + "Relations", used, "List");
            }
        }

        // Select value types are shared across types when the field key and values agree, as in LeanIX's
        // standard model where e.g. businessCriticality means the same everywhere.
        var selects = model.Types.SelectMany(t => t.Fields.Where(IsSelect).Select(f => (Type: t, Field: f))).ToList();
        var typeNames = new HashSet<string>(classNames, StringComparer.Ordinal);
        foreach (var group in selects.GroupBy(s => Identifiers.Pascal(s.Field.Key).TrimStart('@')))
        {
            var first = group.First().Field.Values;
            var shared = !typeNames.Contains(group.Key) && group.All(s => s.Field.Values.SequenceEqual(first));
            if (shared)
            {
                typeNames.Add(group.Key);
                foreach (var s in group) _selectTypes[(s.Type.Key, s.Field.Key)] = group.Key;
            }
            else
            {
                foreach (var s in group)
                    _selectTypes[(s.Type.Key, s.Field.Key)] = Unique(_classes[s.Type.Key] + group.Key, typeNames, "Value");
            }
        }

        // Relations with attributes of their own get a typed view, named after the class and the relation method.
        foreach (var type in model.Types)
        {
            foreach (var relation in type.Relations.Where(r => _attributeLists.ContainsKey((type.Key, r.Key))))
            {
                var name = Unique(_classes[type.Key].TrimStart('@') + _relations[(type.Key, relation.Key)].TrimStart('@') + "Relation", typeNames, "Type");
                _attributeTypes[(type.Key, relation.Key)] = name;
                var used = new HashSet<string>(AttributeReserved, StringComparer.Ordinal) { name };
                foreach (var field in relation.Fields)
                    _attributeMembers[(type.Key, relation.Key, field.Key)] = Unique(Identifiers.Pascal(field.Key), used, "Field");
            }
        }
    }

    private bool HasAttributes(RelationSpec relation) => relation.Fields.Count > 0 && _classes.ContainsKey(relation.TargetType);

    public static bool IsSelect(FieldSpec field) => field.Type is "SINGLE_SELECT" or "MULTIPLE_SELECT";

    public string Class(string typeKey) => _classes[typeKey];

    public bool HasClass(string typeKey) => _classes.ContainsKey(typeKey);

    public string Member(string typeKey, string fieldKey) => _members[(typeKey, fieldKey)];

    public string RelationMethod(string typeKey, string relationKey) => _relations[(typeKey, relationKey)];

    /// <summary>Whether a relation gets a typed attribute view: it has fields and a target the snapshot defines.</summary>
    public bool HasAttributeView(string typeKey, string relationKey) => _attributeTypes.ContainsKey((typeKey, relationKey));

    public string AttributeList(string typeKey, string relationKey) => _attributeLists[(typeKey, relationKey)];

    public string AttributeType(string typeKey, string relationKey) => _attributeTypes[(typeKey, relationKey)];

    public string AttributeMember(string typeKey, string relationKey, string fieldKey) => _attributeMembers[(typeKey, relationKey, fieldKey)];

    public string SelectType(string typeKey, string fieldKey) => _selectTypes[(typeKey, fieldKey)];

    /// <summary>Select value names: PascalCase of the key; a clash adds <c>Value</c> (or a number).</summary>
    public static IReadOnlyList<string> ValueNames(string structName, IReadOnlyList<string> values)
    {
        var used = new HashSet<string>(ValueReserved, StringComparer.Ordinal) { structName };
        return values.Select(v => Unique(Identifiers.Pascal(v), used, "Value")).ToList();
    }

    /// <summary>The plural as the dynamic layer spells it (<c>itComponents</c>), so <c>ItComponents()</c> matches <c>Relations("itComponents")</c>.</summary>
    public static string Plural(string typeKey) => LeanIX.Shared.Plurals.OfTypeKey(typeKey);

    private static string RelationKeyName(string typeKey, string key)
    {
        var name = key;
        if (name.StartsWith("rel", StringComparison.Ordinal) && name.Length > 3 && char.IsUpper(name[3])) name = name.Substring(3);
        if (name.StartsWith(typeKey + "To", StringComparison.Ordinal) && name.Length > typeKey.Length + 2) name = name.Substring(typeKey.Length);
        if (name.StartsWith("To", StringComparison.Ordinal) && name.Length > 2 && char.IsUpper(name[2])) name = name.Substring(2);
        return Identifiers.Pascal(name);
    }

    private static string Unique(string name, HashSet<string> used, string suffix)
    {
        var candidate = name;
        if (used.Contains(candidate.TrimStart('@')) && suffix.Length > 0) candidate = name.TrimStart('@') + suffix;
        var n = 2;
        var stem = candidate;
        while (used.Contains(candidate.TrimStart('@'))) candidate = stem.TrimStart('@') + n++;
        used.Add(candidate.TrimStart('@'));
        return candidate;
    }
}
