namespace LeanIX.Client.Generators.Tests;

/// <summary>The shared LeanIX API reference beside the repository (../shared/leanix-api).</summary>
internal static class SharedFixtures
{
    public static string PathOf(string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "leanix-api"), Path.Combine(dir.FullName, "..", "shared", "leanix-api") })
                if (Directory.Exists(candidate)) return Path.GetFullPath(Path.Combine(candidate, "fixtures", file));
        }
        throw new DirectoryNotFoundException("../shared/leanix-api was not found above the test directory.");
    }

    /// <summary>A fixture data model (REST envelope) wrapped as a snapshot, as <c>datamodel pull</c> writes it.</summary>
    public static string Snapshot(string file) =>
        "{\"dataModel\": " + File.ReadAllText(PathOf(file)) + ", \"viewModel\": {}, \"languages\": {\"en\": {}}}";
}
