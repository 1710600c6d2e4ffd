using LeanIX.Emulator.Store;
using LeanIX.Emulator.Domain;

namespace LeanIX.Emulator.Queries;

/// <summary>
/// D10: the completion algorithm is not specified; the emulator counts the share of the type's
/// fields that are set plus relation keys that have at least one active relation. Keys marked
/// "not applicable" (naFields) count as complete.
/// </summary>
public static class Completion
{
    public sealed record Result(double Completion, int Percentage);

    public static Result Of(IWorkspaceView view, FactSheet fs)
    {
        var type = view.Model.Type(fs.Type);
        if (type is null) return new Result(0, 0);
        var total = 0;
        var done = 0;
        foreach (var key in type.Fields.Keys)
        {
            total++;
            if (fs.NaFields.Contains(key) || fs.Field(key) is not null) done++;
        }
        // The fact sheet's active relations read once, not once per key, and matched to keys by definition (issue 15: a
        // page computes this for each fact sheet); a key counts as FactSheetNames.ActiveRelations would find one.
        Span<bool> related = type.Relations.Count <= 256 ? stackalloc bool[type.Relations.Count] : new bool[type.Relations.Count];
        var byDefinition = TypeRelations.Of(type);
        foreach (var r in view.Relations.OwnedBy(fs.Id))
        {
            if (!r.IsActive || !byDefinition.TryGetValue(r.DefinitionName, out var directionals)) continue;
            foreach (var (directional, position) in directionals)
                if (directional.IsFromSide ? r.FromId == fs.Id : r.ToId == fs.Id) related[position] = true;
        }
        var at = 0;
        foreach (var key in type.Relations.Keys)
        {
            total++;
            if (fs.NaFields.Contains(key) || related[at]) done++;
            at++;
        }
        // name and description are base members every type has.
        total += 2;
        if (!string.IsNullOrEmpty(fs.Name)) done++;
        if (!string.IsNullOrEmpty(fs.Description)) done++;
        var share = (double)done / total;
        return new Result(Math.Round(share, 4), (int)Math.Round(share * 100));
    }
}
