using System.Text.Json.Nodes;
using LeanIX.Emulator.Mutations;
using LeanIX.Emulator.Rest.Integrations.Expressions;

namespace LeanIX.Emulator.Rest.Integrations.Processing;

/// <summary>
/// <c>inboundDocument</c> (admin.md §1.3): keys <c>name</c> (mandatory), <c>description</c>, <c>url</c>, <c>origin</c>,
/// <c>documentType</c>, <c>metadata</c>. A document of the same name on the fact sheet is updated, otherwise one is
/// created, through <see cref="DocumentMutations"/>; <c>mode: delete</c> deletes the document of that name.
/// </summary>
public static class InboundDocumentProcessor
{
    private static readonly string[] Members = ["description", "url", "origin", "documentType", "metadata"];

    public static void Execute(ProcessorStep step)
    {
        var keys = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var update in step.Processor["updates"] as JsonArray ?? [])
            if (update is JsonObject entry && step.Text(entry["key"]) is { } key)
                keys[key] = step.Values(entry).FirstOrDefault(v => v is not null) is { } v ? ExpressionValues.ToText(v) : null;
        if (keys.GetValueOrDefault("name") is not { Length: > 0 } name)
        {
            step.Warn("inboundDocument needs a 'name' update", isError: true);
            return;
        }
        foreach (var target in FactSheetTarget.Read(step, step.Processor["identifier"], "identifier"))
        {
            if (target.Find(step, null) is not { IsActive: true } fs)
            {
                step.Warn($"Fact sheet {target} not found", isError: true);
                continue;
            }
            var existing = step.Tx.Documents.OwnedBy(fs.Id).FirstOrDefault(d => d.Name == name);
            var before = step.Tx.Records.Count;
            if (InboundFactSheetProcessor.IsDelete(step.Processor))
            {
                if (existing is null) continue;
                DocumentMutations.Delete(step.Tx, existing.Id, null);
                step.Wrote(before, "DELETE", existing.Id, name, "Document");
                continue;
            }
            if (existing is null)
            {
                var created = DocumentMutations.Create(step.Tx, fs.Id, null, name, keys.GetValueOrDefault("description"), keys.GetValueOrDefault("documentType"),
                    keys.GetValueOrDefault("metadata"), keys.GetValueOrDefault("url"), keys.GetValueOrDefault("origin"), null);
                step.Wrote(before, "CREATE", created.Id, name, "Document");
                continue;
            }
            var patches = Members.Where(keys.ContainsKey).Select(m => new PatchOperation("replace", "/" + m, keys[m])).ToList();
            if (patches.Count > 0) DocumentMutations.Update(step.Tx, existing.Id, null, patches);
            step.Wrote(before, "UPDATE", existing.Id, name, "Document");
        }
    }
}
