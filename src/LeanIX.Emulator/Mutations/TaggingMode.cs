using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Mutations;

/// <summary>D56: the one workspace setting with emulator behaviour – <c>tags.taggingMode</c>.</summary>
internal static class TaggingMode
{
    public const string PreDefinedOnly = "PRE_DEFINED_ONLY";

    /// <summary>Whether tags may only be chosen, not created on the fly. The settings object is a singleton (stored once written).</summary>
    public static bool OnlyPreDefined(IWorkspaceView view) =>
        view.Source<WorkspaceSettings>().All.FirstOrDefault() is { } settings
        && JsonNode.Parse(settings.Json)?["tags"]?["taggingMode"] is JsonValue mode && mode.TryGetValue<string>(out var text) && text == PreDefinedOnly;
}
