using System.Text.Json.Nodes;
using ClosedXML.Excel;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Rest.Models;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Rest.Downloads;

/// <summary>
/// D69: the export file, built from the workspace's current data – one sheet per fact sheet type, row 1 the keys,
/// row 2 their English labels, then one row per fact sheet (active ones for SNAPSHOT, archived ones for ARCHIVE).
/// </summary>
public static class SnapshotWorkbook
{
    private static readonly string[] FixedColumns = ["id", "name", "description", "status", "lxState"];

    /// <summary>The workbook's bytes and how many fact sheets it holds.</summary>
    public static (byte[] Content, int FactSheetCount) Build(IWorkspaceView view, string status)
    {
        using var workbook = new XLWorkbook();
        var count = 0;
        var tagNames = view.Tags.All.ToDictionary(t => t.Id, t => t.Name);
        foreach (var (typeKey, type) in view.Model.Types.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            // Excel caps sheet names at 31 characters.
            var sheet = workbook.Worksheets.Add(typeKey.Length > 31 ? typeKey[..31] : typeKey);
            var fieldKeys = type.Fields.Keys.ToList();
            var keys = FixedColumns.Concat(fieldKeys).Append("tags").ToList();
            for (var c = 0; c < keys.Count; c++)
            {
                sheet.Cell(1, c + 1).SetValue(keys[c]);
                sheet.Cell(2, c + 1).SetValue(LanguageCatalog.English.Field(keys[c]));
            }
            var row = 3;
            foreach (var fs in view.FactSheets.All.Where(f => f.Type == typeKey && f.Status == status).OrderBy(f => f.Name, StringComparer.Ordinal).ThenBy(f => f.Id))
            {
                string?[] values =
                [
                    Wire.Formats.Id(fs.Id), fs.Name, fs.Description, fs.Status, fs.LxState,
                    .. fieldKeys.Select(k => Text(fs.Field(k))),
                    string.Join(", ", fs.TagIds.Select(id => tagNames.GetValueOrDefault(id)).OfType<string>())
                ];
                for (var c = 0; c < values.Length; c++)
                    if (values[c] is { Length: > 0 } text) sheet.Cell(row, c + 1).SetValue(text);
                row++;
                count++;
            }
        }
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return (stream.ToArray(), count);
    }

    private static string? Text(JsonNode? value) => value switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonArray a => string.Join(", ", a.Select(Text).OfType<string>()),
        _ => value.ToJsonString()
    };
}
