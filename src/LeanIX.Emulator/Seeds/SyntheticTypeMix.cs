using LeanIX.Emulator.Model;

namespace LeanIX.Emulator.Seeds;

/// <summary>
/// How many fact sheets of each type a synthetic workspace gets: shares modelled on real
/// portfolios (many applications and IT components, fewer providers and tech categories).
/// Types the table does not know get a small default share, so custom models work too.
/// </summary>
internal static class SyntheticTypeMix
{
    private const double DefaultShare = 3;

    private static readonly Dictionary<string, double> Shares = new(StringComparer.Ordinal)
    {
        ["Application"] = 20, ["ITComponent"] = 18, ["Interface"] = 11, ["DataObject"] = 8,
        ["BusinessCapability"] = 9, ["Process"] = 7, ["BusinessContext"] = 7, ["UserGroup"] = 6, ["Organization"] = 6,
        ["Project"] = 5, ["Initiative"] = 5, ["Provider"] = 5, ["TechnicalStack"] = 3, ["Objective"] = 2, ["Platform"] = 2
    };

    /// <summary>Exact counts summing to <paramref name="total"/>; every type gets one when there are enough.</summary>
    public static int[] Counts(IReadOnlyList<FactSheetTypeDefinition> types, int total)
    {
        var counts = new int[types.Count];
        if (types.Count == 0 || total == 0) return counts;
        if (total <= types.Count)
        {
            for (var i = 0; i < total; i++) counts[i] = 1;
            return counts;
        }
        // One of each first, then the rest by share with largest remainders (exact and deterministic).
        var rest = total - types.Count;
        var shares = types.Select(t => Shares.GetValueOrDefault(t.Key, DefaultShare)).ToArray();
        var sum = shares.Sum();
        var remainders = new double[types.Count];
        var assigned = 0;
        for (var i = 0; i < types.Count; i++)
        {
            var exact = rest * shares[i] / sum;
            counts[i] = 1 + (int)Math.Floor(exact);
            remainders[i] = exact - Math.Floor(exact);
            assigned += counts[i];
        }
        foreach (var i in Enumerable.Range(0, types.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i))
        {
            if (assigned == total) break;
            counts[i]++;
            assigned++;
        }
        return counts;
    }
}
