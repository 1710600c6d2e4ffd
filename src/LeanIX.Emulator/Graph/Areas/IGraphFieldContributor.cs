using GraphQL.Types;

namespace LeanIX.Emulator.Graph.Areas;

/// <summary>
/// One API area's root fields (fact sheets, tags, subscriptions, …). The schema builder asks every
/// contributor in <see cref="GraphAreas.All"/> for its query fields, then for its mutation fields, so a
/// new area (to-dos, bookmarks, …) is one new class and one line there, not an edit of a growing method.
/// An area with only mutations (or only queries) implements just that one.
/// </summary>
public interface IGraphFieldContributor
{
    void AddQueryFields(ObjectGraphType query, SchemaParts types) { }

    void AddMutationFields(ObjectGraphType mutation, SchemaParts types) { }
}
