using System.Text.Json.Nodes;

namespace LeanIX.Emulator.Tests.Infrastructure;

/// <summary>Paths to the shared LeanIX API reference (../shared/leanix-api) used as expected shapes.</summary>
public static class Fixtures
{
    public static string SharedApiDirectory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "leanix-api");
                if (Directory.Exists(candidate)) return candidate;
                candidate = Path.Combine(dir.FullName, "..", "shared", "leanix-api");
                if (Directory.Exists(candidate)) return Path.GetFullPath(candidate);
            }
            throw new DirectoryNotFoundException("../shared/leanix-api was not found above the test directory.");
        }
    }

    /// <summary>The repository root: the directory above the test binaries that holds src/LeanIX.Emulator.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (Directory.Exists(Path.Combine(dir.FullName, "src", "LeanIX.Emulator"))) return dir.FullName;
            throw new DirectoryNotFoundException("src/LeanIX.Emulator was not found above the test directory.");
        }
    }

    public static string PathOf(string relative) => Path.Combine(SharedApiDirectory, "fixtures", relative);

    public static JsonNode Load(string relative) => JsonNode.Parse(File.ReadAllText(PathOf(relative)))!;
}
