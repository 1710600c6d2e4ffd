using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Model;

namespace LeanIX.Emulator.Seeds;

/// <summary>Fact sheets with every field of their type filled from realistic distributions.</summary>
internal sealed partial class SyntheticGenerator
{
    private static readonly string[] Releases = ["1.0", "1.2", "2.0", "2.1", "3.5", "4.0", "8.1", "12", "2019", "2023", "2024.1", "R12"];
    private static readonly string[] ShortTexts =
    [
        "Rated in the last portfolio review.", "Assessment by the owning business unit.", "Based on user survey results.",
        "Confirmed by the architecture board.", "Needs re-assessment after the upgrade."
    ];
    private static readonly (string State, double Weight)[] LxStates =
        [("APPROVED", 0.55), ("DRAFT", 0.25), ("BROKEN_QUALITY_SEAL", 0.15), ("REJECTED", 0.05)];

    private readonly CompactJson _json = new();

    private void AddFactSheets()
    {
        var counts = SyntheticTypeMix.Counts(_types, _count);
        var ids = new SyntheticIds("fact-sheet");
        _byType = new FactSheet[_types.Length][];
        for (var t = 0; t < _types.Length; t++)
        {
            var type = _types[t];
            var namer = new SyntheticVocabulary.Namer(type.Key);
            var fields = type.Fields.Values.Where(f => f.Key is not ("name" or "description")).ToArray();
            var externalPrefix = new string(type.Key.Where(char.IsUpper).ToArray()) + "-";
            var sheets = _byType[t] = new FactSheet[counts[t]];
            for (var i = 0; i < sheets.Length; i++)
            {
                var created = _now.AddDays(-_random.Next(30, 2200)).AddSeconds(-_random.Next(86_400));
                var updated = created.AddSeconds(_random.NextDouble() * (_now - created).TotalSeconds);
                var fs = new FactSheet
                {
                    Id = ids.Next(),
                    Type = type.Key,
                    Name = namer.Name(i),
                    // About one in ten has no description: a quality gap reports should find.
                    Description = Chance(0.9) ? Pick(_descriptions) : null,
                    LxState = PickLxState(),
                    Rev = _random.Next(0, 12),
                    CreatedAt = created,
                    UpdatedAt = updated,
                    Fields = new Dictionary<string, JsonNode?>(fields.Length, StringComparer.Ordinal)
                };
                foreach (var field in fields)
                {
                    var value = FieldValue(field, externalPrefix, i);
                    if (value is not null) fs.Fields[field.Key] = value;
                }
                sheets[i] = fs;
                _state.FactSheets.Put(fs);
            }
        }
    }

    private string PickLxState()
    {
        var roll = _random.NextDouble();
        foreach (var (state, weight) in LxStates)
        {
            if (roll < weight) return state;
            roll -= weight;
        }
        return LxStates[0].State;
    }

    /// <summary>A value in wire form for any field type, or null to leave the field empty.</summary>
    private JsonNode? FieldValue(FieldDefinition field, string externalPrefix, int index) => field.Type switch
    {
        FieldType.String when field.Key == "alias" => Chance(0.3) ? JsonValue.Create(AliasOf(index)) : null,
        FieldType.String when field.Key == "release" => Chance(0.4) ? JsonValue.Create(Pick(Releases)) : null,
        FieldType.String => Chance(0.3) ? JsonValue.Create(Pick(ShortTexts)) : null,
        FieldType.SingleSelect when field.Values.Count > 0 => Chance(field.Key == "category" ? 0.95 : 0.8)
            ? JsonValue.Create(SkewedValue(field.Values)) : null,
        FieldType.MultipleSelect when field.Values.Count > 0 => Chance(0.6) ? MultiSelect(field.Values) : null,
        FieldType.Integer => Chance(0.6) ? JsonValue.Create((long)_random.Next(1, 10_000)) : null,
        FieldType.Double => Chance(0.6) ? JsonValue.Create(Math.Round(_random.NextDouble() * 100_000, 2)) : null,
        FieldType.Lifecycle when field.Values.Count > 0 => Chance(0.8) ? Lifecycle(field.Values) : null,
        FieldType.ExternalId => Chance(0.5) ? _json.ExternalId($"{externalPrefix}{index + 1:D6}") : null,
        FieldType.Location => Chance(0.7) ? _json.Location(Pick(SeedPlaces.All)) : null,
        _ => null
    };

    private static string AliasOf(int index) => "SYS" + (index + 1).ToString("D5", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Earlier values are more likely, as real ratings cluster (most apps are "appropriate", few "perfect").</summary>
    private string SkewedValue(IReadOnlyList<string> values)
    {
        var i = Math.Min(_random.Next(values.Count), _random.Next(values.Count + 1));
        return values[Math.Min(i, values.Count - 1)];
    }

    private JsonArray MultiSelect(IReadOnlyList<string> values)
    {
        var first = _random.Next(values.Count);
        var array = new JsonArray(JsonValue.Create(values[first]));
        if (values.Count > 1 && Chance(0.3)) array.Add(values[(first + 1 + _random.Next(values.Count - 1)) % values.Count]);
        return array;
    }

    /// <summary>
    /// A lifecycle that has reached a random phase: consecutive phases from the model's list, each
    /// starting a few months to years after the previous one, sorted by date (D11).
    /// </summary>
    private JsonNode Lifecycle(IReadOnlyList<string> phases)
    {
        var first = Chance(0.3) ? 0 : Math.Min(1, phases.Count - 1);
        var last = first + _random.Next(phases.Count - first);
        var month = _random.Next(0, 20 * 12);
        var w = _json.Start();
        w.WriteStartObject();
        w.WriteStartArray("phases");
        for (var p = first; p <= last && month < _dates.Length; p++)
        {
            w.WriteStartObject();
            w.WriteString("phase", phases[p]);
            w.WriteString("startDate", _dates[month]);
            w.WriteEndObject();
            month += 3 + _random.Next(48);
        }
        w.WriteEndArray();
        w.WriteEndObject();
        return _json.Finish();
    }
}
