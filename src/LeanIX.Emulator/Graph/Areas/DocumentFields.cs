using GraphQL.Types;
using LeanIX.Emulator.Graph.Execution;
using LeanIX.Emulator.Graph.Resolvers;
using LeanIX.Emulator.Graph.Schema;
using LeanIX.Emulator.Graph.Types;
using LeanIX.Emulator.Mutations;
using static LeanIX.Emulator.Graph.Areas.MutationArgs;
using static LeanIX.Emulator.Graph.Schema.Fields;

namespace LeanIX.Emulator.Graph.Areas;

/// <summary>Documents (links) on fact sheets: create, update, delete (D16). They are read through the fact sheet.</summary>
public sealed class DocumentFields : IGraphFieldContributor
{
    public void AddMutationFields(ObjectGraphType mutation, SchemaParts types)
    {
        var entities = types.Entities;
        mutation.Add("createDocument", entities.Document, c => MutationRunner.Run(c, tx =>
            {
                var d = DocumentMutations.Create(tx, MutationRunner.Id(c, "factSheetId", MutationEntityType.FactSheet), c.Long("factSheetRev"),
                    c.Str("name")!, c.Str("description"), c.Str("documentType"), c.Str("metadata"), c.Str("url"), c.Str("origin"), c.Str("refId"));
                // A createDocument sent through /graphql/upload keeps the uploaded file (admin.md §11.1).
                if (c.Graph().TryGetValue(UploadedFile.Key, out var upload) && upload is UploadedFile file)
                    DocumentMutations.AttachFile(tx, d, file.FileName, file.MediaType, file.Content);
                return () => new DocumentNode(tx, tx.Documents.Get(d.Id) ?? d);
            }),
            RequiredId("factSheetId"), FactSheetRev(), Arg("name", typeof(NonNullGraphType<StringGraphType>)),
            Arg("description", typeof(StringGraphType)), Arg("documentType", typeof(StringGraphType)), Arg("metadata", typeof(StringGraphType)),
            Arg("url", typeof(StringGraphType)), Arg("origin", typeof(StringGraphType)), Arg("refId", typeof(StringGraphType)), ValidateOnly());
        mutation.Add("updateDocument", entities.Document, c => MutationRunner.Run(c, tx =>
        {
            var d = DocumentMutations.Update(tx, MutationRunner.Id(c, "id", MutationEntityType.Document), c.Long("factSheetRev"), MutationRunner.Patches(c));
            return () => new DocumentNode(tx, tx.Documents.Get(d.Id) ?? d);
        }), RequiredId(), FactSheetRev(), RequiredPatches(types.Inputs), ValidateOnly());
        // D16: deleteDocument answers null on success, as in the docs example.
        mutation.Add("deleteDocument", entities.Document, c => MutationRunner.Run(c, tx =>
        {
            DocumentMutations.Delete(tx, MutationRunner.Id(c, "id", MutationEntityType.Document), c.Long("factSheetRev"));
            return () => null;
        }), RequiredId(), FactSheetRev(), ValidateOnly());
    }
}
