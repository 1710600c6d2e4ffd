namespace LeanIX.Emulator.Hosting;

// The hostile-input limits (issue 9), apart so EmulatorOptions.cs stays about the host; each folder
// that enforces a limit owns its type and never sees EmulatorOptions.
public sealed partial class EmulatorOptions
{
    /// <summary>Request sizes answered with 413/414/431 and the D2 body (D79).</summary>
    public RequestLimits Requests { get; set; } = new();

    /// <summary>GraphQL depth, fields, fragment expansion, cost and execution time.</summary>
    public LeanIX.Emulator.Graph.Execution.GraphQLLimits GraphQL { get; set; } = new();

    /// <summary>Sizes of stored names, descriptions, other texts and whole entities.</summary>
    public LeanIX.Emulator.Store.StoredValueLimits Values { get; set; } = new();
}
