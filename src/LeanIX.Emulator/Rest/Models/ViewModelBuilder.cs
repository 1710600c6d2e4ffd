using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Model;

namespace LeanIX.Emulator.Rest.Models;

/// <summary>
/// Generates the <c>data</c> of <c>GET /models/viewModel</c>. The real view model (UI sections,
/// colours, field layout; datamodel.md §1) is not shown by any source, so the emulator derives a
/// plausible one from the data model:
/// <code>
/// {"factSheets":[{"type":"Application","bgColor":"#0f7eb5","color":"#ffffff",
///                 "sections":[{"key":"information","fields":["name","description",…]},
///                             {"key":"classification","fields":["businessCriticality",…]},
///                             {"key":"metrics","fields":[…]},
///                             {"key":"relations","fields":["relToParent","relApplicationToITComponent",…]}],
///                 "fieldValues":{"businessCriticality":[{"key":"missionCritical","bgColor":"#…","color":"#…"},…]}},…]}
/// </code>
/// Types keep the data model's order; sections and their fields come from the meta model's layout. Standard types get fixed
/// colours, other types a stable colour from a palette (same key → same colour on every start).
/// </summary>
public static class ViewModelBuilder
{
    private static readonly Dictionary<string, string> TypeColours = new(StringComparer.Ordinal)
    {
        ["Objective"] = "#c7527a",
        ["Platform"] = "#027446",
        ["Initiative"] = "#e08a5d",
        ["Project"] = "#e08a5d",
        ["BusinessCapability"] = "#003399",
        ["Organization"] = "#2889ff",
        ["UserGroup"] = "#2889ff",
        ["BusinessContext"] = "#6699cc",
        ["Process"] = "#6699cc",
        ["Application"] = "#0f7eb5",
        ["DataObject"] = "#774fcc",
        ["Interface"] = "#02afa4",
        ["ITComponent"] = "#d29270",
        ["Provider"] = "#ffa31f",
        ["TechnicalStack"] = "#a6566d"
    };

    private static readonly string[] Palette =
        ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];

    /// <summary>Select values are coloured in declaration order from a diverging palette.</summary>
    private static readonly string[] ValueColours = ["#d7191c", "#fdae61", "#ffffbf", "#a6d96a", "#1a9641", "#2b83ba"];

    public static JsonObject Build(DataModel model)
    {
        var types = new JsonArray();
        foreach (var type in model.Types.Values)
        {
            var bg = TypeColours.GetValueOrDefault(type.Key) ?? Palette[StableIndex(type.Key, Palette.Length)];
            var sections = SectionsOf(type, model.Layout);

            var values = new JsonObject();
            foreach (var field in type.Fields.Values.Where(f => f.IsSelect && f.Values.Count > 0))
            {
                values[field.Key] = new JsonArray(field.Values.Select((v, i) =>
                {
                    var colour = ValueColours[i % ValueColours.Length];
                    return (JsonNode)new JsonObject { ["key"] = v, ["bgColor"] = colour, ["color"] = TextColourOn(colour) };
                }).ToArray());
            }

            types.Add(new JsonObject
            {
                ["type"] = type.Key,
                ["bgColor"] = bg,
                ["color"] = TextColourOn(bg),
                ["sections"] = sections,
                ["fieldValues"] = values
            });
        }
        return new JsonObject { ["factSheets"] = types };
    }

    /// <summary>
    /// The layout's sections (admin.md §7), each with the keys it shows: its subsections' fields that the model still
    /// has, and the relation of each RELATION subsection. Before any meta model batch the layout is derived, which
    /// gives the information/classification/metrics/relations sections this view model always had.
    /// </summary>
    private static JsonArray SectionsOf(FactSheetTypeDefinition type, MetaLayout layout)
    {
        var sections = new JsonArray();
        foreach (var section in (layout.Type(type.Key)?["sections"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var keys = new List<string>();
            foreach (var subsection in (section["subsections"] as JsonArray ?? []).OfType<JsonObject>())
            {
                if (subsection["name"]?.GetValue<string>() is { } relation)
                {
                    if (type.Relation(relation) is not null) keys.Add(relation);
                    continue;
                }
                keys.AddRange((subsection["fields"] as JsonArray ?? []).OfType<JsonObject>()
                    .Select(f => f["key"]!.GetValue<string>()).Where(k => type.Field(k) is not null));
            }
            sections.Add(new JsonObject
            {
                ["key"] = section["key"]!.GetValue<string>(),
                ["fields"] = new JsonArray(keys.Select(k => (JsonNode)JsonValue.Create(k)).ToArray())
            });
        }
        return sections;
    }

    // string.GetHashCode is randomised per process; a hash of the bytes keeps colours stable.
    private static int StableIndex(string key, int count) => SHA256.HashData(Encoding.UTF8.GetBytes(key))[0] % count;

    /// <summary>White text on dark backgrounds, black on light ones (relative luminance).</summary>
    private static string TextColourOn(string hex)
    {
        var r = Convert.ToInt32(hex.Substring(1, 2), 16);
        var g = Convert.ToInt32(hex.Substring(3, 2), 16);
        var b = Convert.ToInt32(hex.Substring(5, 2), 16);
        return 0.299 * r + 0.587 * g + 0.114 * b > 160 ? "#000000" : "#ffffff";
    }
}
