using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Rest.Settings;

/// <summary>
/// D55: the features every emulated workspace starts with (dotted ids; the real catalogue is not public), and the
/// workspace's view of them: the catalogue with stored changes and custom features laid over it.
/// </summary>
public static class FeatureCatalog
{
    /// <summary>D55: the quota feature <c>get_quota</c> reads.</summary>
    public const string ApplicationQuota = "quota.factSheets.Application";

    public static IReadOnlyList<Feature> Defaults { get; } =
    [
        Make("collaboration.notifications", "Notifications", "E-mail notifications about subscribed fact sheets."),
        Make("collaboration.comments", "Comments", "Comments on fact sheets."),
        Make("integration.integrationApi", "Integration API", "LDIF imports and exports."),
        Make("integration.webhooks", "Webhooks", "Webhook subscriptions."),
        Make("reporting.diagrams", "Diagrams", "Free-draw and data-flow diagrams."),
        Make("survey.surveys", "Surveys", "Surveys to fact sheet owners.", status: "DISABLED", group: "BETA"),
        Make(ApplicationQuota, "Application quota", "How many applications the subscription covers.", type: "QUOTA", quota: 500)
    ];

    public static Guid IdOf(string key) => Ids.FromName("feature:" + key);

    /// <summary>Every feature of the workspace, sorted by id.</summary>
    public static IReadOnlyList<Feature> All(IWorkspaceView view)
    {
        var stored = view.Source<Feature>().All.ToDictionary(f => f.Key, StringComparer.Ordinal);
        return Defaults.Where(d => !stored.ContainsKey(d.Key)).Concat(stored.Values).OrderBy(f => f.Key, StringComparer.Ordinal).ToList();
    }

    public static Feature? Find(IWorkspaceView view, string key) =>
        view.Source<Feature>().Get(IdOf(key)) ?? Defaults.FirstOrDefault(d => d.Key == key);

    private static Feature Make(string key, string name, string description, string type = "FUNCTIONAL", string status = "ENABLED",
        string group = "PRODUCTIVE", int? quota = null) => new()
    {
        Id = IdOf(key), Key = key, Name = name, Description = description, Type = type, Status = status, Group = group, Quota = quota,
        Roles = ["ADMIN", "MEMBER", "VIEWER"]
    };
}
