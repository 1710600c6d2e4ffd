using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using LeanIX.Client.Generators.Emit;
using LeanIX.Client.Generators.Json;
using LeanIX.Client.Generators.Snapshot;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace LeanIX.Client.Generators;

/// <summary>
/// Generates typed fact sheet classes from <c>leanix.datamodel.json</c> (an AdditionalFiles item). The
/// namespace is <c>LeanIX.Model</c> unless the MSBuild property <c>LeanIXModelNamespace</c> says otherwise.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class LeanIXModelGenerator : IIncrementalGenerator
{
    /// <summary>The snapshot's file name, as <c>leanix datamodel pull</c> writes it.</summary>
    public const string SnapshotFileName = "leanix.datamodel.json";

    private const string DefaultNamespace = "LeanIX.Model";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var snapshots = context.AdditionalTextsProvider
            .Where(f => string.Equals(Path.GetFileName(f.Path), SnapshotFileName, StringComparison.OrdinalIgnoreCase))
            .Select((f, ct) => new SnapshotFile(f.Path, f.GetText(ct)?.ToString()))
            .Collect()
            // ImmutableArray compares by reference; comparing the contents keeps the output cached whenever the
            // snapshot's text is unchanged, however the compiler re-collected it.
            .Select((files, _) => new SnapshotSet(files))
            .WithComparer(SnapshotSet.Comparer);
        var ns = context.AnalyzerConfigOptionsProvider.Select((o, _) =>
            o.GlobalOptions.TryGetValue("build_property.LeanIXModelNamespace", out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null);
        context.RegisterSourceOutput(snapshots.Combine(ns), static (spc, input) => Execute(spc, input.Left, input.Right));
    }

    private static void Execute(SourceProductionContext context, SnapshotSet set, string? requestedNamespace)
    {
        var files = set.Files;
        if (files.IsEmpty)
        {
            context.ReportDiagnostic(Diagnostic.Create(Diagnostics.MissingSnapshot, Location.None));
            return;
        }
        // Several snapshots (e.g. linked from elsewhere) are not merged: the first by path wins, so the output is stable.
        var file = files.OrderBy(f => f.Path, StringComparer.Ordinal).First();
        var ns = DefaultNamespace;
        if (requestedNamespace is not null)
        {
            if (IsNamespace(requestedNamespace)) ns = requestedNamespace;
            else context.ReportDiagnostic(Diagnostic.Create(Diagnostics.BadNamespace, Location.None, requestedNamespace));
        }
        try
        {
            if (file.Text is null) throw new JsonFormatException("the file cannot be read");
            var model = ModelSnapshot.Parse(file.Text);
            foreach (var source in ModelEmitter.Emit(model, ns, SnapshotFileName))
                context.AddSource(source.Key, SourceText.From(source.Value, Encoding.UTF8));
        }
        catch (JsonFormatException e)
        {
            context.ReportDiagnostic(Diagnostic.Create(Diagnostics.BadSnapshot, At(file.Path, e.Line, e.Column), file.Path, e.Message));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A generator that throws takes the whole compilation's generators down with a vague warning;
            // say what broke instead.
            context.ReportDiagnostic(Diagnostic.Create(Diagnostics.BadSnapshot, At(file.Path, 0, 0), file.Path,
                $"the generator failed on this snapshot ({e.GetType().Name}: {e.Message})"));
        }
    }

    private static Location At(string path, int line, int column)
    {
        var position = new LinePosition(Math.Max(0, line - 1), Math.Max(0, column - 1));
        return Location.Create(path, new TextSpan(0, 0), new LinePositionSpan(position, position));
    }

    private static bool IsNamespace(string text) =>
        text.Split('.').All(part => SyntaxFacts.IsValidIdentifier(part) && SyntaxFacts.GetKeywordKind(part) == Microsoft.CodeAnalysis.CSharp.SyntaxKind.None);

    private sealed record SnapshotFile(string Path, string? Text);

    private sealed class SnapshotSet(ImmutableArray<SnapshotFile> files)
    {
        public static readonly IEqualityComparer<SnapshotSet> Comparer = new ContentComparer();

        public ImmutableArray<SnapshotFile> Files { get; } = files;

        private sealed class ContentComparer : IEqualityComparer<SnapshotSet>
        {
            public bool Equals(SnapshotSet? x, SnapshotSet? y) =>
                ReferenceEquals(x, y) || (x is not null && y is not null && x.Files.SequenceEqual(y.Files));

            public int GetHashCode(SnapshotSet obj) => obj.Files.Length;
        }
    }
}
