using System.Text.RegularExpressions;

namespace LeanIX.Emulator.Graph.Execution;

/// <summary>
/// Keeps the emulator's own CLR names out of error messages (issue 9: a forced model replacement showed
/// "FsNode { View = LeanIX.Emulator.Store.WorkspaceState … }" to clients). A message that names one is
/// replaced as a whole: a half-redacted framework message would not help a client either.
/// </summary>
public static partial class InternalNames
{
    public const string Replacement = "Internal error while resolving this field.";

    [GeneratedRegex(@"\bLeanIX\.Emulator\.|\b(System|Microsoft|GraphQL)\.[A-Z]\w*(\.[A-Z]\w*)+(Exception|`\d)")]
    private static partial Regex ClrName();

    public static string Hide(string message) => ClrName().IsMatch(message) ? Replacement : message;
}
