using Microsoft.CodeAnalysis;

namespace LeanIX.Client.Generators;

/// <summary>The generator's diagnostics; ids are stable so builds can suppress or escalate them.</summary>
internal static class Diagnostics
{
    public static readonly DiagnosticDescriptor BadSnapshot = new(
        "LX0001", "The LeanIX data model snapshot cannot be read",
        "{0}: {1}. Pull a fresh snapshot with 'dotnet run --project src/LeanIX.Cli -- datamodel pull'.",
        "LeanIX", DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor MissingSnapshot = new(
        "LX0002", "No LeanIX data model snapshot",
        "No leanix.datamodel.json among AdditionalFiles, so no typed fact sheet classes are generated. Pull one with 'dotnet run --project src/LeanIX.Cli -- datamodel pull' and add <AdditionalFiles Include=\"leanix.datamodel.json\" /> to the project.",
        "LeanIX", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor BadNamespace = new(
        "LX0003", "Invalid LeanIXModelNamespace",
        "LeanIXModelNamespace '{0}' is not a valid C# namespace; using LeanIX.Model",
        "LeanIX", DiagnosticSeverity.Warning, isEnabledByDefault: true);
}
