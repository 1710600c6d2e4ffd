namespace LeanIX.Emulator.Rest.Integrations.Processing;

/// <summary>The processor types of admin.md §1.3 and which the emulator runs (D76 core set plus <c>variableProcessor</c>).</summary>
public static class ProcessorKinds
{
    public const string Outbound = "outboundFactSheet";

    /// <summary>Inbound processors the emulator executes.</summary>
    public static readonly IReadOnlyDictionary<string, Action<ProcessorStep>> Inbound = new Dictionary<string, Action<ProcessorStep>>
    {
        ["inboundFactSheet"] = InboundFactSheetProcessor.Execute,
        ["inboundRelation"] = InboundRelationProcessor.Execute,
        ["inboundTag"] = InboundTagProcessor.Execute,
        ["inboundSubscription"] = InboundSubscriptionProcessor.Execute,
        ["inboundDocument"] = InboundDocumentProcessor.Execute,
        // Only its variables[] matter; they are collected after every processor.
        ["variableProcessor"] = _ => { }
    };

    /// <summary>Documented types the emulator accepts in a configuration but does not run (a run warning each, D76).</summary>
    public static readonly IReadOnlySet<string> AcceptedNotRun = new HashSet<string> { "inboundMetrics", "inboundImpact", "inboundToDo", "writeToLdif" };

    public static bool IsKnown(string type) => Inbound.ContainsKey(type) || AcceptedNotRun.Contains(type) || type == Outbound;
}
