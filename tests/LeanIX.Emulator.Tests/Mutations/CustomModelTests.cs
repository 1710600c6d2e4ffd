using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Mutations;
using LeanIX.Emulator.Model;
using LeanIX.Emulator.Store;
using static LeanIX.Emulator.Tests.Mutations.MutationTestBed;

namespace LeanIX.Emulator.Tests.Mutations;

/// <summary>
/// The built-in models have no MULTIPLE_SELECT/INTEGER/DOUBLE fact-sheet fields and no one-to-one relation,
/// so these run the engine end to end on a small custom model.
/// </summary>
public class CustomModelTests
{
    private const string Model = """
        {"factSheets":{
          "Server":{"fields":{"name":{"type":"STRING"},"platforms":{"type":"MULTIPLE_SELECT","values":["linux","windows"]},
                              "cores":{"type":"INTEGER"},"load":{"type":"DOUBLE"}},"relations":["relServerToLicense"]},
          "License":{"fields":{"name":{"type":"STRING"}},"relations":["relLicenseToServer"]}},
         "relations":{"serverLicenseRelation":{
           "from":{"factSheetType":"Server","name":"relServerToLicense","multiplicity":"SINGLE"},
           "to":{"factSheetType":"License","name":"relLicenseToServer","multiplicity":"SINGLE"},"fields":{}}}}
        """;

    private static (Workspace Ws, SqliteStore Store) Open()
    {
        var store = SqliteStore.Open(null);
        return (new Workspace(Guid.NewGuid(), "custom", DataModel.Parse(Model), store, TimeProvider.System), store);
    }

    private static T Run<T>(Workspace ws, Func<WorkspaceTransaction, T> f)
    {
        var tx = ws.Begin(null);
        var result = f(tx);
        tx.CompleteUnit();
        ws.Commit(tx);
        return result;
    }

    [Fact]
    public void Multiple_select_integer_and_double_fields_are_stored_in_wire_form()
    {
        var (ws, store) = Open();
        using var _ = store;
        var server = Run(ws, tx => FactSheetMutations.Create(tx, "Server", "S1",
            [Add("/platforms", "[\"linux\",\"windows\"]"), Add("/cores", "16"), Add("/load", "0.75")]));
        var fs = ws.State.FactSheets.Get(server.Id)!;
        Assert.Equal("""["linux","windows"]""", fs.Field("platforms")!.ToJsonString());
        Assert.Equal(16L, fs.Field("cores")!.GetValue<long>());
        Assert.Equal(0.75, fs.Field("load")!.GetValue<double>());

        Run(ws, tx => FactSheetMutations.Update(tx, server.Id, null, [Replace("/platforms", "windows")], null));
        Assert.Equal("""["windows"]""", ws.State.FactSheets.Get(server.Id)!.Field("platforms")!.ToJsonString());
        var change = ws.State.ChangeLog.Single(r => r.EventType == EventTypes.FactSheetFieldUpdated);
        Assert.Equal("""{"type":"MultipleSelect","values":["linux","windows"]}""", change.OldValue!.ToJsonString());

        var tx2 = ws.Begin(null);
        var error = Assert.Throws<MutationException>(() => FactSheetMutations.Update(tx2, server.Id, null, [Replace("/cores", "many")], null));
        Assert.Equal(MutationErrorType.ModelCompliant, error.ErrorType);
    }

    [Fact]
    public void One_to_one_relations_enforce_both_ends()
    {
        var (ws, store) = Open();
        using var _ = store;
        var l1 = Run(ws, tx => FactSheetMutations.Create(tx, "License", "L1", []));
        var l2 = Run(ws, tx => FactSheetMutations.Create(tx, "License", "L2", []));
        var s1 = Run(ws, tx => FactSheetMutations.Create(tx, "Server", "S1", [Add("/relServerToLicense/new_1", Rel(l1.Id))]));
        var s2 = Run(ws, tx => FactSheetMutations.Create(tx, "Server", "S2", []));

        var outgoing = Assert.Throws<MutationException>(() =>
            FactSheetMutations.Update(ws.Begin(null), s1.Id, null, [Add("/relServerToLicense/new_1", Rel(l2.Id))], null));
        Assert.StartsWith("[FS_VALIDATION_RELATION_NOT_UNIQUE_OUTGOING]", outgoing.Message);
        var incoming = Assert.Throws<MutationException>(() =>
            FactSheetMutations.Update(ws.Begin(null), s2.Id, null, [Add("/relServerToLicense/new_1", Rel(l1.Id))], null));
        Assert.StartsWith("[FS_VALIDATION_RELATION_NOT_UNIQUE_INCOMING]", incoming.Message);
        // From the license's side the roles swap.
        var fromLicense = Assert.Throws<MutationException>(() =>
            FactSheetMutations.Update(ws.Begin(null), l1.Id, null, [Add("/relLicenseToServer/new_1", Rel(s2.Id))], null));
        Assert.StartsWith("[FS_VALIDATION_RELATION_NOT_UNIQUE_OUTGOING]", fromLicense.Message);

        Run(ws, tx => FactSheetMutations.Update(tx, l2.Id, null, [Add("/relLicenseToServer/new_1", Rel(s2.Id))], null));
        var relation = ws.State.Relations.OwnedBy(l2.Id).Single();
        Assert.Equal(s2.Id, relation.FromId);
        Assert.Equal(l2.Id, relation.ToId);
    }
}
