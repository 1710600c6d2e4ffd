using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LeanIX.Client.Generators.Tests;

/// <summary>
/// Runs <see cref="LeanIXModelGenerator"/> as the compiler would: the snapshot as an AdditionalFiles item,
/// MSBuild properties as analyzer config, then compiles the output against LeanIX.Client.
/// </summary>
internal sealed class GeneratorRun
{
    public const string SnapshotPath = "/project/leanix.datamodel.json";

    private GeneratorRun(GeneratorDriverRunResult result, Compilation output)
    {
        Result = result;
        Output = output;
    }

    public GeneratorDriverRunResult Result { get; }

    public Compilation Output { get; }

    /// <summary>The generator's own diagnostics (LX0001…).</summary>
    public ImmutableArray<Diagnostic> GeneratorDiagnostics => Result.Diagnostics;

    /// <summary>Hint name → source, in output order.</summary>
    public IReadOnlyList<(string HintName, string Source)> Sources =>
        Result.Results.SelectMany(r => r.GeneratedSources).Select(s => (s.HintName, s.SourceText.ToString())).ToList();

    public string Source(string hintSuffix) => Sources.Single(s => s.HintName.EndsWith(hintSuffix, StringComparison.Ordinal)).Source;

    /// <summary>
    /// Errors anywhere, and every warning in generated code (missing XML docs included). The test's own
    /// snippets are not documented, so their CS1591s are left out.
    /// </summary>
    public IReadOnlyList<Diagnostic> CompileDiagnostics =>
        Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error
            || (d.Severity == DiagnosticSeverity.Warning && d.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true)).ToList();

    public static GeneratorRun For(string? snapshot, string userCode = "", string? modelNamespace = null, string snapshotPath = SnapshotPath,
        string assemblyName = "TypedModel")
    {
        // Diagnose mode reports missing XML docs (CS1591) as the client's own build does.
        var parse = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
        var compilation = CSharpCompilation.Create(assemblyName,
            [CSharpSyntaxTree.ParseText(userCode, parse)],
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var texts = snapshot is null ? ImmutableArray<AdditionalText>.Empty : [new InMemoryText(snapshotPath, snapshot)];
        var options = new Options(modelNamespace is null
            ? new Dictionary<string, string>()
            : new Dictionary<string, string> { ["build_property.LeanIXModelNamespace"] = modelNamespace });
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new LeanIXModelGenerator().AsSourceGenerator()], texts, parse, options);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return new GeneratorRun(driver.GetRunResult(), output);
    }

    /// <summary>Emits the compiled assembly and loads it, to run the generated code against an emulator.</summary>
    public Assembly Load()
    {
        using var stream = new MemoryStream();
        var emit = Output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        return Assembly.Load(stream.ToArray());
    }

    private static List<MetadataReference> References()
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var references = trusted.Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal)
                                            || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
        references.Add(MetadataReference.CreateFromFile(typeof(LeanIXClient).Assembly.Location));
        return references;
    }

    internal sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private sealed class Options(Dictionary<string, string> globals) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(globals);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Values([]);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Values([]);
    }

    private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);
    }
}
