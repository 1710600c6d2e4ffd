using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Graph.Errors;
using LeanIX.Emulator.Graph.Types;
using LeanIX.Emulator.Model;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Graph.Resolvers;

/// <summary>
/// D83: <c>Sorting.mode: BY_LIFECYCLE_LAST</c> orders by the start date of the current lifecycle
/// phase (the one <c>asString</c> names, D11). A fact sheet without a current phase sorts last, as
/// nulls do in every sort.
/// </summary>
public static class LifecycleSort
{
    public const string Mode = "BY_LIFECYCLE_LAST";

    public static Func<FactSheet, IComparable?> KeySelector(IWorkspaceView view, string key, DateOnly today)
    {
        if (!view.Model.Types.Values.Any(t => t.Field(key) is { Type: FieldType.Lifecycle }))
            throw BusinessError.Query($"Sort mode {Mode} needs a LIFECYCLE field as key, not '{key}'.");
        return fs => LifecycleValue.From(fs.Field(key)) is { } lifecycle
            ? lifecycle.Phases.Where(p => p.Start is { } s && s <= today).Select(p => p.Start).LastOrDefault()
            : null;
    }
}
