using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Mutations;
using static LeanIX.Emulator.Tests.Mutations.MutationTestBed;

namespace LeanIX.Emulator.Tests.Mutations;

public class DocumentMutationTests
{
    [Fact]
    public void Create_defaults_origin_for_links_and_bumps_the_fact_sheet()
    {
        using var bed = new MutationTestBed();
        var app = bed.Create("Application", "App");
        var doc = bed.Run(tx => DocumentMutations.Create(tx, app.Id, 0, "Website", "home", "logo", null, "https://example.org", null, "ref-1"));

        var stored = bed.State.Documents.Get(doc.Id)!;
        Assert.Equal(("Website", "home", "logo", "https://example.org", "CUSTOM_LINK", "ref-1"),
            (stored.Name, stored.Description, stored.DocumentType, stored.Url, stored.Origin, stored.RefId));
        Assert.Equal(app.Id, stored.FactSheetId);
        Assert.Equal(1, bed.Get(app.Id).Rev);
        var record = Assert.Single(bed.LastRecords);
        Assert.Equal(EventTypes.DocumentCreated, record.EventType);
        Assert.Equal("Document", record.EntityType);
        Assert.Equal(app.Id, record.FactSheetId);

        var noUrl = bed.Run(tx => DocumentMutations.Create(tx, app.Id, null, "Notes", null, null, null, null, null, null));
        Assert.Null(bed.State.Documents.Get(noUrl.Id)!.Origin);
        var explicitOrigin = bed.Run(tx => DocumentMutations.Create(tx, app.Id, null, "Pic", null, null, null, "https://x", "UPLOAD", null));
        Assert.Equal("UPLOAD", bed.State.Documents.Get(explicitOrigin.Id)!.Origin);
    }

    [Fact]
    public void Update_paths_and_errors()
    {
        using var bed = new MutationTestBed();
        var app = bed.Create("Application", "App");
        var doc = bed.Run(tx => DocumentMutations.Create(tx, app.Id, null, "Website", null, null, null, "https://a", null, null));
        bed.Run(tx => DocumentMutations.Update(tx, doc.Id, 1,
        [
            Replace("/name", "Site"), Replace("/url", "https://b"), Add("/description", "d"), Replace("/documentType", "t"),
            Replace("/metadata", "{\"k\":1}"), Replace("/origin", "LINK")
        ]));
        var stored = bed.State.Documents.Get(doc.Id)!;
        Assert.Equal(("Site", "https://b", "d", "t", "{\"k\":1}", "LINK"),
            (stored.Name, stored.Url, stored.Description, stored.DocumentType, stored.Metadata, stored.Origin));
        Assert.Equal(2, bed.Get(app.Id).Rev);
        Assert.Equal(EventTypes.DocumentUpdated, bed.LastRecords.Single().EventType);

        // Same values again: no effect, no rev bump.
        bed.Run(tx => DocumentMutations.Update(tx, doc.Id, null, [Replace("/name", "Site")]));
        Assert.Equal(2, bed.Get(app.Id).Rev);
        Assert.Empty(bed.LastRecords);

        Assert.Equal(MutationErrorType.BusinessLogic, bed.Fails(tx => DocumentMutations.Update(tx, doc.Id, null, [Replace("/size", "1")])).ErrorType);
        Assert.Equal(MutationErrorType.ModelCompliant, bed.Fails(tx => DocumentMutations.Update(tx, doc.Id, null, [Remove("/name")])).ErrorType);
        Assert.Equal(MutationErrorType.BusinessLogic, bed.Fails(tx => DocumentMutations.Update(tx, doc.Id, 0, [Replace("/name", "x")])).ErrorType);
    }

    [Fact]
    public void Delete_removes_the_document_and_bumps_the_fact_sheet()
    {
        using var bed = new MutationTestBed();
        var app = bed.Create("Application", "App");
        var doc = bed.Run(tx => DocumentMutations.Create(tx, app.Id, null, "Website", null, null, null, null, null, null));
        bed.Run(tx => DocumentMutations.Delete(tx, doc.Id, 1));
        Assert.Null(bed.State.Documents.Get(doc.Id));
        Assert.Equal(2, bed.Get(app.Id).Rev);
        Assert.Equal(EventTypes.DocumentDeleted, bed.LastRecords.Single().EventType);
        Assert.Equal($"Document with id '{doc.Id}' not found", bed.Fails(tx => DocumentMutations.Delete(tx, doc.Id, null)).Message);
        var missingFs = Guid.NewGuid();
        Assert.Equal($"FactSheet with id '{missingFs}' not found",
            bed.Fails(tx => DocumentMutations.Create(tx, missingFs, null, "x", null, null, null, null, null, null)).Message);
    }
}
