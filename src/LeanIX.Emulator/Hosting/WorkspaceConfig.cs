using LeanIX.Emulator.Wire;
namespace LeanIX.Emulator.Hosting;

/// <summary>One workspace to host: from the command line, or one entry of a <c>--config</c> file.</summary>
public sealed class WorkspaceConfig
{
    public string Name { get; set; } = "demo";

    /// <summary>Fixed id; when absent it is derived from the name, so a <c>--data</c> file finds it again.</summary>
    public Guid? Id { get; set; }

    public List<string> ApiTokens { get; set; } = [];

    /// <summary><c>v3</c>, <c>v4</c> or a path to a data model JSON file. Default: v3 for the demo seed, else v4 (D24).</summary>
    public string? DataModel { get; set; }

    /// <summary><c>demo</c>, <c>empty</c> or <c>synthetic:N</c>.</summary>
    public string Seed { get; set; } = "demo";

    /// <summary>Surveys (polls with runs and answers) written into the workspace on every start (D70).</summary>
    public List<SurveyConfig> Surveys { get; set; } = [];

    public Guid EffectiveId => Id ?? Ids.FromName("workspace:" + Name);

    public string EffectiveDataModel => DataModel ?? (Seed.Equals("demo", StringComparison.OrdinalIgnoreCase) ? "v3" : "v4");
}
