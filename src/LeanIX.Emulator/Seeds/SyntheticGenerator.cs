using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Model;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Seeds;

/// <summary>
/// Generates a synthetic workspace in stages (people, fact sheets, hierarchies, relations, tags,
/// subscriptions, documents), all drawing from one seeded <see cref="Random"/> in a fixed order.
/// Fact sheets are kept per type in arrays so later stages pick ends by index in O(1).
/// </summary>
internal sealed partial class SyntheticGenerator
{
    private readonly WorkspaceState _state;
    private readonly DataModel _model;
    private readonly DateTimeOffset _now;
    private readonly int _count;
    private readonly Random _random;
    private readonly FactSheetTypeDefinition[] _types;
    private readonly Dictionary<string, int> _typeIndex = new(StringComparer.Ordinal);
    private FactSheet[][] _byType = [];
    private readonly string[] _descriptions;
    private readonly string[] _dates;

    public SyntheticGenerator(WorkspaceState state, DateTimeOffset now, int count, int seed)
    {
        _state = state;
        _model = state.Model;
        // Whole seconds: the stored form carries microseconds at most (D6).
        _now = new DateTimeOffset(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
        _count = count;
        _random = new Random(seed);
        _types = _model.Types.Values.ToArray();
        for (var i = 0; i < _types.Length; i++) _typeIndex[_types[i].Key] = i;
        _descriptions = SyntheticVocabulary.DescriptionPool(_random, 512);
        // First-of-month dates 2005–2035, shared by every lifecycle and relation validity.
        _dates = Enumerable.Range(0, 31 * 12)
            .Select(m => FieldValues.Date(new DateOnly(2005 + m / 12, 1 + m % 12, 1)))
            .ToArray();
    }

    public void Run()
    {
        StandardRoles.Populate(_state);
        AddPeople();
        AddFactSheets();
        AddHierarchies();
        AddRelations();
        AddTags();
        AddSubscriptions();
        AddDocuments();
        SeedHistory.RecordCreations(_state);
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private bool Chance(double probability) => _random.NextDouble() < probability;
}
