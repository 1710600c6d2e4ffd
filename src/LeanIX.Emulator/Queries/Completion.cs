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
        // The fact sheet's active relations read once, not once per key (issue 15: a page computes this for each fact
        // sheet); a key counts as FactSheetNames.ActiveRelations would find one.
        List<Relation>? active = null;
        foreach (var (key, directional) in type.Relations)
        {
            total++;
            if (fs.NaFields.Contains(key)) done++;
            else
            {
                active ??= [.. view.Relations.OwnedBy(fs.Id).Where(r => r.IsActive)];
                foreach (var r in active)
                    if (r.DefinitionName == directional.Definition.InternalName && (directional.IsFromSide ? r.FromId == fs.Id : r.ToId == fs.Id))
                    {
                        done++;
                        break;
                    }
            }
        }
        // name and description are base members every type has.
        total += 2;
        if (!string.IsNullOrEmpty(fs.Name)) done++;
        if (!string.IsNullOrEmpty(fs.Description)) done++;
        var share = (double)done / total;
        return new Result(Math.Round(share, 4), (int)Math.Round(share * 100));
    }
}
