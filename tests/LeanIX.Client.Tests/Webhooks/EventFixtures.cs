namespace LeanIX.Client.Tests.Webhooks;

/// <summary>The event fixtures in ../shared/leanix-api/fixtures/events, one per event type plus the PULL and wrapped envelopes.</summary>
internal static class EventFixtures
{
    public static string Folder => SharedFixtures.PathOf("events");

    public static string Read(string fileName) => File.ReadAllText(Path.Combine(Folder, fileName));

    /// <summary>Every fixture file name, envelopes (names starting with '_') included.</summary>
    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal))
            data.Add(file!);
        return data;
    }

    /// <summary>The event name a fixture stands for: its file name without <c>.inferred</c> and <c>.json</c>.</summary>
    public static string EventNameOf(string fileName) => fileName.Replace(".inferred.json", "").Replace(".json", "");
}
