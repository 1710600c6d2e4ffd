using System.Text.Json.Nodes;
using LeanIX.Client;
using LeanIX.Quality.Configuration;

namespace LeanIX.Quality.Checkers;

/// <summary>
/// The known checkers by configuration name. Register one in a line: <c>registry.Register("myCheck", () =&gt; new MyChecker())</c>.
/// <see cref="Create"/> builds the configured set, each enabled unless <c>enabled: false</c>, refusing unknown names.
/// </summary>
public sealed class QualityCheckerRegistry
{
    private readonly Dictionary<string, Func<QualityChecker>> _factories = new(StringComparer.Ordinal);

    /// <summary>A registry holding the ten built-in checkers.</summary>
    public static QualityCheckerRegistry CreateDefault() => new QualityCheckerRegistry()
        .Register("missingDescription", () => new MissingDescriptionChecker())
        .Register("mandatoryRoles", () => new MandatoryRoleChecker())
        .Register("owner", () => new OwnerChecker())
        .Register("lifecycle", () => new LifecycleChecker())
        .Register("qualitySeal", () => new QualitySealChecker())
        .Register("completion", () => new CompletionChecker())
        .Register("mandatoryRelations", () => new MandatoryRelationChecker())
        .Register("archivedRelations", () => new ArchivedRelationChecker())
        .Register("inactiveSubscribers", () => new InactiveSubscriberChecker())
        .Register("mandatoryTagGroups", () => new MandatoryTagGroupChecker());

    /// <summary>The registered names.</summary>
    public IReadOnlyCollection<string> Names => _factories.Keys;

    /// <summary>Adds (or replaces) a checker under <paramref name="name"/>.</summary>
    public QualityCheckerRegistry Register(string name, Func<QualityChecker> factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(factory);
        _factories[name] = factory;
        return this;
    }

    /// <summary>The enabled checkers, configured from the <c>checkers</c> section and validated against <paramref name="model"/>.</summary>
    public IReadOnlyList<QualityChecker> Create(JsonObject? checkers, LeanIXDataModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        checkers ??= [];
        foreach (var (name, value) in checkers)
        {
            if (!_factories.ContainsKey(name))
                throw new QualityConfigurationException($"checkers.{name}", $"no checker of that name. Known checkers: {string.Join(", ", _factories.Keys.Order(StringComparer.Ordinal))}.");
            if (value is not null and not JsonObject)
                throw new QualityConfigurationException($"checkers.{name}", $"expected an object of settings, got {value.ToJsonString()}.");
        }
        var result = new List<QualityChecker>();
        foreach (var (name, factory) in _factories)
        {
            var settings = new CheckerSettings($"checkers.{name}", checkers[name] as JsonObject, model);
            if (!settings.Bool("enabled", true)) continue;
            var checker = factory();
            checker.Name = name;
            checker.Configure(settings);
            result.Add(checker);
        }
        return result;
    }
}
