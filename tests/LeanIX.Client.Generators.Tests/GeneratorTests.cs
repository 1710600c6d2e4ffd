using Microsoft.CodeAnalysis;

namespace LeanIX.Client.Generators.Tests;

public class GeneratorTests
{
    /// <summary>Uses the generated API the way the examples do, so the compile check covers real use.</summary>
    private const string UsesV4 = """
        using LeanIX.Model;
        public static class Uses
        {
            public static string Run()
            {
                var app = Application.Get("ERP");
                var critical = app.BusinessCriticality == BusinessCriticality.MissionCritical;
                var custom = new BusinessCriticality("custom");
                var caps = app.BusinessCapabilities();
                var back = caps[0].Applications()[0].ItComponents()[0].Providers();
                var attr = app.ItComponents()[0].Relation?.Field("costTotalAnnual").AsDouble();
                double? typedAttr = app.ItComponentsRelations()[0].CostTotalAnnual;
                var providers = app.ItComponentsRelations()[0].FactSheet.Providers();
                string? from = app.ItComponentsRelations()[0].ActiveFrom;
                var lifecycle = app.Lifecycle?.Current;
                var ext = app.ExternalId?.Value;
                var dynamicField = app.FactSheet["someCustomField"];
                return $"{critical} {custom.IsKnown} {back.Count} {attr} {lifecycle} {ext} {dynamicField} {Application.TypeKey}";
            }
        }
        """;

    [Fact]
    public void The_v4_fixture_generates_code_that_compiles_without_warnings()
    {
        var run = GeneratorRun.For(SharedFixtures.Snapshot("datamodel.json"), UsesV4);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompileDiagnostics);
        var app = run.Source("LeanIX.Model.Application.g.cs");
        Assert.Contains("public sealed partial class Application : global::LeanIX.Client.Typed.TypedFactSheet", app);
        Assert.Contains("BusinessCapabilities() => global::LeanIX.Client.Scripting.TypedScript.Related<BusinessCapability>(this, \"relApplicationToBusinessCapability\")", app);
        Assert.Contains("BusinessCapabilitiesAsync(global::System.Threading.CancellationToken cancellationToken = default) => RelatedAsync<BusinessCapability>(\"relApplicationToBusinessCapability\", cancellationToken)", app);
        Assert.Contains("public static global::System.Collections.Generic.IReadOnlyList<Application> All(global::LeanIX.Client.LeanIXClient? client = null) => global::LeanIX.Client.Scripting.TypedScript.All<Application>(client);", app);
        Assert.Contains("public global::LeanIX.Model.BusinessCriticality? BusinessCriticality", app);
        Assert.Contains("public global::LeanIX.Client.Lifecycle? Lifecycle", app);
        Assert.Contains("public static global::System.Threading.Tasks.Task<Application> GetAsync(", app);
        // The inverse relation is generated on the other end.
        Assert.Contains("Applications() => global::LeanIX.Client.Scripting.TypedScript.Related<Application>(this, \"relBusinessCapabilityToApplication\")", run.Source("LeanIX.Model.BusinessCapability.g.cs"));
        Assert.Contains("public static BusinessCriticality MissionCritical { get; } = new BusinessCriticality(\"missionCritical\");", run.Source("(SelectValues).g.cs"));
        Assert.Contains("public double? CostTotalAnnual => Relation.Field(\"costTotalAnnual\").AsDouble();", app);
        Assert.Contains("public global::System.Collections.Generic.IReadOnlyList<ApplicationItComponentsRelation> ItComponentsRelations()", app);
        Assert.Equal(12 + 1, run.Sources.Count);
    }

    [Fact]
    public void The_v3_fixture_generates_code_that_compiles_without_warnings()
    {
        var run = GeneratorRun.For(SharedFixtures.Snapshot("datamodel-v3.json"), """
            using LeanIX.Model;
            public static class Uses
            {
                public static string? Run() => UserGroup.Get("Acme").Applications()[0].ItComponents()[0].Providers()[0].Name
                    + UserGroup.Get("Acme").Location?.GeoCountry + Application.Get("x").Processes().Count;
            }
            """);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompileDiagnostics);
        Assert.Contains("public global::LeanIX.Client.Typed.Location? Location => LocationOf(\"location\");", run.Source("LeanIX.Model.UserGroup.g.cs"));
    }

    [Fact]
    public void Unusual_names_become_valid_identifiers_and_the_code_compiles()
    {
        var run = GeneratorRun.For(UnusualModel.Snapshot, """
            using LeanIX.Model;
            public static class Uses
            {
                public static object Run(Site3D site) => (site.Class, site.Event == Site3DEvent.OnHold, Site3DEvent._2x, Site3DEvent.KeyValue, site.TypeField,
                    site.Site3DField, site.FloorAreaM, site.Tags, site.Address, site.Status2, site.HostedApplication(), site.ManagedApplication(), site.HostedApplicationRelations()[0].Share,
                    site.Ghosts(), site.Lifecycle, site.ExternalId, site.Type, _2ndGenPlatform.TypeKey, _2ndGenPlatformEvent.X, SelectValues.TypeKey, Class.TypeKey);
            }
            """);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompileDiagnostics);
        var site = run.Source("LeanIX.Model.Site3D.g.cs");
        // Labels and help texts become XML docs, escaped.
        Assert.Contains("/// 3D Site &amp; &lt;Plant&gt; fact sheet (type <c>Site3D</c>)", site);
        Assert.Contains("Class (\"category\") (<c>class</c>, STRING). Line one line two &lt;b&gt; Null when unset.", site);
        Assert.Contains("/// <summary>Hosted Applications: the Application fact sheets through <c>relSite3DToHostedApplication</c>", site);
        Assert.Contains("/// <summary>Twice (<c>2x</c>).</summary>", run.Source("(SelectValues).g.cs"));
        // The relation to a type the snapshot lacks stays dynamic.
        Assert.Contains("IReadOnlyList<global::LeanIX.Client.FactSheetRelation> Ghosts() => FactSheet.Relations(\"relSite3DToGhost\")", site);
        // Two 'event' fields with different values get one value type each, named after their class.
        Assert.Contains("record struct _2ndGenPlatformEvent(string Key)", run.Source("(SelectValues).g.cs"));
    }

    [Fact]
    public void The_same_snapshot_gives_the_same_output()
    {
        foreach (var snapshot in new[] { SharedFixtures.Snapshot("datamodel.json"), SharedFixtures.Snapshot("datamodel-v3.json"), UnusualModel.Snapshot })
        {
            var first = GeneratorRun.For(snapshot).Sources;
            Assert.Equal(first, GeneratorRun.For(snapshot).Sources);
            Assert.DoesNotContain(first, s => s.Source.Contains('\r'));
        }
    }

    [Fact]
    public void An_unchanged_snapshot_is_not_regenerated_on_the_next_compilation()
    {
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("Cached");
        var text = new GeneratorRun.InMemoryText(GeneratorRun.SnapshotPath, UnusualModel.Snapshot);
        GeneratorDriver driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(
            [new LeanIXModelGenerator().AsSourceGenerator()], [text], driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGenerators(compilation);
        // A source edit makes a new compilation; the snapshot is the same, so the output step is cached.
        driver = driver.RunGenerators(compilation.AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class Edited { }")));
        var steps = driver.GetRunResult().Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs);
        Assert.All(steps, o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void The_namespace_follows_LeanIXModelNamespace()
    {
        var run = GeneratorRun.For(UnusualModel.Snapshot, "public static class Uses { public static string Key => Acme.Ea.Model.Site3D.TypeKey; }", modelNamespace: "Acme.Ea.Model");
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompileDiagnostics);
        var bad = GeneratorRun.For(UnusualModel.Snapshot, modelNamespace: "Acme.class");
        Assert.Equal("LX0003", Assert.Single(bad.GeneratorDiagnostics).Id);
        Assert.Contains("namespace LeanIX.Model;", bad.Source("Site3D.g.cs"));
    }

    [Fact]
    public void Malformed_json_is_LX0001_with_the_file_and_position()
    {
        var run = GeneratorRun.For("{\n  \"dataModel\": {\"factSheets\": {]\n}");
        var error = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("LX0001", error.Id);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains(GeneratorRun.SnapshotPath, error.GetMessage());
        Assert.Contains("line 2", error.GetMessage());
        Assert.Equal(GeneratorRun.SnapshotPath, error.Location.GetLineSpan().Path);
        Assert.Equal(1, error.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Empty(run.Sources);
    }

    [Theory]
    [InlineData("[1, 2]", "must be a JSON object")]
    [InlineData("{\"factSheets\": {}}", "no \\\"dataModel\\\" object")]
    [InlineData("{\"dataModel\": {\"factSheets\": []}}", "\\\"dataModel.factSheets\\\" is missing or not an object")]
    [InlineData("{\"dataModel\": {\"factSheets\": {\"A\": {\"fields\": {\"x\": {\"type\": 3}}}}}}", "\\\"dataModel.factSheets.A.fields.x.type\\\" is missing")]
    [InlineData("{\"dataModel\": {\"factSheets\": {\"A\": {}}, \"relations\": {\"r\": {\"from\": {\"factSheetType\": \"A\"}, \"to\": {\"factSheetType\": \"A\", \"name\": \"b\"}}}}}", "\\\"dataModel.relations.r.from.name\\\" is missing")]
    public void An_unexpected_shape_is_LX0001_naming_what_is_wrong(string snapshot, string expected)
    {
        var error = Assert.Single(GeneratorRun.For(snapshot).GeneratorDiagnostics);
        Assert.Equal("LX0001", error.Id);
        Assert.Contains("unexpected snapshot shape", error.GetMessage());
        Assert.Contains(expected.Replace("\\\"", "\""), error.GetMessage());
    }

    [Fact]
    public void A_missing_snapshot_is_warning_LX0002_saying_how_to_pull_one()
    {
        var run = GeneratorRun.For(null);
        var warning = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("LX0002", warning.Id);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("dotnet run --project src/LeanIX.Cli -- datamodel pull", warning.GetMessage());
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void Other_additional_files_are_ignored()
    {
        var run = GeneratorRun.For("not json at all", snapshotPath: "/project/notes.json");
        Assert.Equal("LX0002", Assert.Single(run.GeneratorDiagnostics).Id);
    }
}
