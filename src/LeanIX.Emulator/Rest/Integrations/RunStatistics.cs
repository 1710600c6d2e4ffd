using System.Text.Json.Nodes;

namespace LeanIX.Emulator.Rest.Integrations;

/// <summary>What a run did, for <c>/stats</c> (D39), <c>/progress</c> (IAPI-SPEC) and the run events.</summary>
public sealed class RunStatistics
{
    public int ContentsCount { get; set; }
    public int ProcessedContentCount { get; set; }
    public int ProcessorCount { get; set; }
    public int RunLevelIndex { get; set; }
    public int CreatedCount { get; set; }
    public int UpdatedCount { get; set; }
    public int DeletedCount { get; set; }
    public int WarningCount { get; set; }
    public int ErrorCount { get; set; }
    public int ItemsInScopeCount { get; set; }
    public TimeSpan Duration { get; set; }

    /// <summary>D39.</summary>
    public JsonObject Stats() => new()
    {
        ["processedContentCount"] = ProcessedContentCount,
        ["processorCount"] = ProcessorCount,
        ["duration"] = System.Xml.XmlConvert.ToString(Duration),
        ["createdCount"] = CreatedCount,
        ["updatedCount"] = UpdatedCount,
        ["deletedCount"] = DeletedCount,
        ["warningCount"] = WarningCount,
        ["errorCount"] = ErrorCount
    };

    /// <summary>IAPI-SPEC <c>SyncRunInboundProgressReport</c>; <c>status</c> is typed integer with no documented meaning (0).</summary>
    public JsonObject Progress() => new()
    {
        ["processedContentCount"] = ProcessedContentCount,
        ["errorCount"] = ErrorCount,
        ["graphQLRequestCount"] = 0,
        ["runLevelIndex"] = RunLevelIndex,
        ["status"] = 0,
        ["contentsCount"] = ContentsCount,
        ["warningsCount"] = WarningCount,
        ["itemsInScopeCount"] = ItemsInScopeCount
    };
}
