using System.Text.RegularExpressions;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests;

/// <summary>
/// The emulator's top-level folders depend one way, in the order written in its README: a folder may
/// use only folders of an earlier group. A source-text check of <c>using</c> directives and
/// <c>LeanIX.Emulator.X.</c> qualifiers is enough to keep the structure from drifting into cycles.
/// </summary>
public partial class ArchitectureTests
{
    private static readonly string SourceDirectory = Path.Combine(Fixtures.RepositoryRoot, "src", "LeanIX.Emulator");

    [Fact]
    public void Folders_only_use_folders_earlier_in_the_documented_order()
    {
        var rank = DocumentedOrder();
        var violations = new List<string>();
        foreach (var (file, folder) in SourceFiles())
        {
            if (folder is null) continue; // Program.cs: the entry point sits above every folder
            Assert.True(rank.ContainsKey(folder), $"Folder '{folder}' is missing from the order in src/LeanIX.Emulator/README.md.");
            foreach (var used in ReferencedFolders(File.ReadAllText(file)))
            {
                if (used == folder || !rank.ContainsKey(used)) continue; // e.g. the "Fixtures" resource prefix
                if (rank[used] >= rank[folder])
                    violations.Add($"{Relative(file)}: {folder} uses {used}");
            }
        }
        Assert.True(violations.Count == 0, "Dependencies against the documented order:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void Namespaces_match_folders()
    {
        var wrong = new List<string>();
        foreach (var (file, _) in SourceFiles())
        {
            var declared = FileNamespace().Match(File.ReadAllText(file));
            if (!declared.Success) continue; // top-level statements
            var folder = Path.GetDirectoryName(Path.GetRelativePath(SourceDirectory, file))!;
            var expected = string.Join('.', new[] { "LeanIX.Emulator" }.Concat(folder.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries)));
            if (declared.Groups[1].Value != expected) wrong.Add($"{Relative(file)}: namespace {declared.Groups[1].Value}, expected {expected}");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void The_check_sees_every_folder()
    {
        // Guards the guard: an empty scan or a misread README would make the order test pass vacuously.
        var folders = SourceFiles().Select(f => f.Folder).OfType<string>().Distinct().ToList();
        Assert.Contains("Wire", folders);
        Assert.Contains("Hosting", folders);
        Assert.Equal(folders.Order(), DocumentedOrder().Keys.Where(folders.Contains).Order());
        Assert.Contains("Store", ReferencedFolders("using LeanIX.Emulator.Store;\nvar x = LeanIX.Emulator.Wire.Ids.FromName(\"a\");"));
        Assert.Contains("Wire", ReferencedFolders("var x = LeanIX.Emulator.Wire.Ids.FromName(\"a\");"));
    }

    /// <summary>Folder → group index, from the "Order:" line of the README.</summary>
    private static Dictionary<string, int> DocumentedOrder()
    {
        var line = File.ReadLines(Path.Combine(SourceDirectory, "README.md")).Single(l => l.StartsWith("Order:", StringComparison.Ordinal));
        var groups = line["Order:".Length..].Split('→', StringSplitOptions.TrimEntries);
        var rank = new Dictionary<string, int>();
        for (var i = 0; i < groups.Length; i++)
            foreach (var folder in groups[i].Split(',', StringSplitOptions.TrimEntries))
                rank.Add(folder, i);
        return rank;
    }

    private static IEnumerable<(string File, string? Folder)> SourceFiles()
    {
        foreach (var file in Directory.EnumerateFiles(SourceDirectory, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(SourceDirectory, file);
            var parts = relative.Split(Path.DirectorySeparatorChar);
            if (parts[0] is "bin" or "obj") continue;
            yield return (file, parts.Length > 1 ? parts[0] : null);
        }
    }

    private static IEnumerable<string> ReferencedFolders(string source) =>
        EmulatorReference().Matches(StripComments(source)).Select(m => m.Groups[1].Value).Distinct();

    private static string StripComments(string source) => LineComment().Replace(source, "");

    private static string Relative(string file) => Path.GetRelativePath(SourceDirectory, file);

    // Matches `using LeanIX.Emulator.X;`, `using LeanIX.Emulator.X.Y;` and `LeanIX.Emulator.X.Type` qualifiers;
    // not inside string literals that merely start with the prefix followed by a non-identifier.
    [GeneratedRegex(@"\bLeanIX\.Emulator\.([A-Z]\w*)\b(?=[.;])")]
    private static partial Regex EmulatorReference();

    [GeneratedRegex(@"^\s*namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();

    [GeneratedRegex(@"//.*$", RegexOptions.Multiline)]
    private static partial Regex LineComment();
}
