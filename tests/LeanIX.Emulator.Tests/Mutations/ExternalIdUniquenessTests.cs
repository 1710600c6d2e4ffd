using LeanIX.Emulator.Mutations;
using static LeanIX.Emulator.Tests.Mutations.MutationTestBed;

namespace LeanIX.Emulator.Tests.Mutations;

/// <summary>D20 uniqueness through the write path's index: stale entries never clash, new holders always do.</summary>
public class ExternalIdUniquenessTests
{
    private static PatchOperation Id(string value) => Replace("/externalId", $$"""{"externalId":"{{value}}"}""");

    [Fact]
    public void A_moved_id_is_free_where_it_was_and_taken_where_it_went()
    {
        using var bed = new MutationTestBed();
        var a = bed.Create("Application", "A", Id("X"));
        bed.Update(a.Id, Id("Y"));
        var b = bed.Create("Application", "B", Id("X"));
        Assert.Equal("X", bed.Get(b.Id).Field("externalId")!["externalId"]!.GetValue<string>());
        var c = bed.Create("Application", "C");
        var clash = bed.UpdateFails(c.Id, Id("Y"));
        Assert.Contains(a.Id.ToString("D"), clash.Message);
    }

    [Fact]
    public void A_dropped_transaction_leaves_its_id_free()
    {
        using var bed = new MutationTestBed();
        bed.Create("Application", "A", Id("X"));
        // The write passes the check, then the transaction is dropped (as a failing GraphQL request's is).
        bed.Fails(tx =>
        {
            FactSheetMutations.Create(tx, "Application", "Dropped", [Id("Z")]);
            FactSheetMutations.Create(tx, "Application", "Clash", [Id("X")]);
        });
        var d = bed.Create("Application", "D", Id("Z"));
        Assert.Equal("Z", bed.Get(d.Id).Field("externalId")!["externalId"]!.GetValue<string>());
    }

    [Fact]
    public void Thousands_of_ids_are_checked_against_each_other()
    {
        using var bed = new MutationTestBed();
        for (var i = 0; i < 2000; i++) bed.Create("Application", $"App {i}", Id($"APP-{i}"));
        var extra = bed.Create("Application", "Extra");
        Assert.Equal(MutationErrorType.ModelCompliant, bed.UpdateFails(extra.Id, Id("APP-1234")).ErrorType);
        bed.Update(extra.Id, Id("APP-2000"));
    }
}
