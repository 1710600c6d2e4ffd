using System.Text.Json.Nodes;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Domain;

namespace LeanIX.Emulator.Mutations;

/// <summary>
/// Documents (resources) on fact sheets (D15, D16, D20). Each change bumps the fact sheet's rev (D19)
/// and emits only its DOCUMENT_* event (D28).
/// </summary>
public static class DocumentMutations
{
    private const string Entity = MutationEntityType.Document;

    /// <summary>D15: <c>origin</c> defaults to CUSTOM_LINK when a url is given.</summary>
    public const string DefaultLinkOrigin = "CUSTOM_LINK";

    public static Document Create(WorkspaceTransaction tx, Guid factSheetId, long? factSheetRev, string name, string? description,
        string? documentType, string? metadata, string? url, string? origin, string? refId)
    {
        var factSheet = MutationGuards.RequireFactSheet(tx, factSheetId);
        MutationGuards.CheckRev(factSheet, factSheetRev);
        var document = new Document
        {
            Id = Guid.NewGuid(),
            FactSheetId = factSheetId,
            Name = RequireName(name, null),
            Description = Empty(description),
            DocumentType = Empty(documentType),
            Metadata = Empty(metadata),
            Url = Empty(url),
            Origin = Empty(origin),
            RefId = Empty(refId),
            CreatedAt = tx.Now
        };
        if (document.Origin is null && document.Url is not null) document.Origin = DefaultLinkOrigin;
        tx.Documents.Add(document);
        tx.Touch(factSheetId);
        tx.Record(Event(EventTypes.DocumentCreated, document, null));
        return document;
    }

    /// <summary>
    /// Keeps an uploaded file as the document's content (admin.md §11.1); the document is then a file, not a link, and
    /// <c>documents/{id}/download</c> hands the file out.
    /// </summary>
    public static void AttachFile(WorkspaceTransaction tx, Document document, string fileName, string mediaType, byte[] content)
    {
        tx.Overlay<DocumentFile>().Add(new DocumentFile
        {
            Id = document.Id, FactSheetId = document.FactSheetId, FileName = fileName, MediaType = mediaType, Content = content
        });
    }

    /// <summary>D20: <c>/name, /url, /description, /documentType, /metadata, /origin</c>.</summary>
    public static Document Update(WorkspaceTransaction tx, Guid id, long? factSheetRev, IReadOnlyList<PatchOperation> patches)
    {
        var before = tx.Documents.Get(id) ?? throw MutationException.NotFound(Entity, id);
        var factSheet = MutationGuards.RequireFactSheet(tx, before.FactSheetId);
        MutationGuards.CheckRev(factSheet, factSheetRev);
        var oldValue = Json(before);
        var document = tx.Documents.Edit(id)!;
        foreach (var patch in patches ?? [])
        {
            var op = PatchOps.Parse(patch, Entity, id);
            var value = op == PatchOp.Remove ? null : Empty(patch.Value);
            switch (patch.Path)
            {
                case "/name": document.Name = RequireName(value, id); break;
                case "/url": document.Url = value; break;
                case "/description": document.Description = value; break;
                case "/documentType": document.DocumentType = value; break;
                case "/metadata": document.Metadata = value; break;
                case "/origin": document.Origin = value; break;
                default: throw MutationException.InvalidPath(Entity, id, patch.Path ?? "", "Document schema");
            }
        }
        if (JsonNode.DeepEquals(oldValue, Json(document))) return document; // no effect: no rev bump, no event
        tx.Touch(factSheet.Id);
        tx.Record(Event(EventTypes.DocumentUpdated, document, oldValue));
        return document;
    }

    /// <summary>D90 <c>cloneFactSheet</c>: copies of the source's documents on the new fact sheet (no rev bump, D19).</summary>
    internal static void CopyAll(WorkspaceTransaction tx, Guid sourceId, Guid targetId)
    {
        foreach (var source in tx.Documents.OwnedBy(sourceId).OrderBy(d => d.CreatedAt).ThenBy(d => d.Id).ToList())
        {
            var copy = source.Clone();
            copy.Id = Guid.NewGuid();
            copy.FactSheetId = targetId;
            copy.CreatedAt = tx.Now;
            tx.Documents.Add(copy);
            tx.Record(Event(EventTypes.DocumentCreated, copy, null));
        }
    }

    public static void Delete(WorkspaceTransaction tx, Guid id, long? factSheetRev)
    {
        var document = tx.Documents.Get(id) ?? throw MutationException.NotFound(Entity, id);
        var factSheet = MutationGuards.RequireFactSheet(tx, document.FactSheetId);
        MutationGuards.CheckRev(factSheet, factSheetRev);
        tx.Documents.Remove(id);
        if (tx.Source<DocumentFile>().Get(id) is not null) tx.Overlay<DocumentFile>().Remove(id);
        tx.Touch(factSheet.Id);
        tx.Record(Event(EventTypes.DocumentDeleted, document, Json(document)));
    }

    // A document's name is mandatory like a fact sheet's (D17 "mandatory field emptied" is MODEL_COMPLIANT).
    private static string RequireName(string? name, Guid? id) =>
        string.IsNullOrWhiteSpace(name)
            ? throw MutationException.ModelCompliant(Entity, id, "/name", "The name of a document is mandatory.")
            : name;

    private static string? Empty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>The member names of the DOCUMENT_* webhook payloads (documentName, documentType, documentOrigin, refId).</summary>
    private static ChangeRecord Event(string eventType, Document document, JsonNode? oldValue) => new()
    {
        EventType = eventType,
        EntityType = Entity,
        EntityId = document.Id,
        FactSheetId = document.FactSheetId,
        OldValue = oldValue,
        NewValue = eventType == EventTypes.DocumentDeleted ? null : Json(document)
    };

    private static JsonObject Json(Document d) => new()
    {
        ["id"] = d.Id.ToString("D"), ["factSheetId"] = d.FactSheetId.ToString("D"), ["documentName"] = d.Name,
        ["url"] = d.Url, ["description"] = d.Description, ["documentType"] = d.DocumentType, ["metadata"] = d.Metadata,
        ["documentOrigin"] = d.Origin, ["refId"] = d.RefId
    };
}
