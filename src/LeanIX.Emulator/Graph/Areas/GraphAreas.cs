namespace LeanIX.Emulator.Graph.Areas;

/// <summary>
/// The areas whose fields make up the Query and Mutation roots. Their order is the order of the root
/// fields in introspection, so append new areas at the end.
/// </summary>
public static class GraphAreas
{
    public static IReadOnlyList<IGraphFieldContributor> All { get; } =
    [
        new FactSheetFields(),
        new SubscriptionFields(),
        new TagFields(),
        new DocumentFields(),
        new LogEventFields(),
        new RelationFields(),
        new CloneFields(),
        new RelationConstraintFields()
    ];
}
