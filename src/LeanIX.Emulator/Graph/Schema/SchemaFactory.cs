using GraphQL.Conversion;
using GraphQL.Types;
using LeanIX.Emulator.Graph.Areas;
using LeanIX.Emulator.Graph.Types;
using LeanIX.Emulator.Model;

namespace LeanIX.Emulator.Graph.Schema;

/// <summary>Builds the whole schema from a data model: everything type-specific comes from the model (D7, D10, D12).</summary>
public static class SchemaFactory
{
    public static ISchema Build(DataModel model)
    {
        var inputs = new InputTypes(model);
        var values = new ValueTypes();
        var factSheets = new FactSheetTypes(model, inputs, values);
        var entities = new EntityTypes(values, inputs, factSheets.Interface);
        var relations = new RelationTypes(model, values, factSheets.Interface);
        factSheets.Complete(model, entities, relations);

        var parts = new SchemaParts(inputs, values, factSheets, entities) { Model = model };
        var schema = new GraphQL.Types.Schema
        {
            // Names are used exactly as the model spells them (no camel-casing of keys such as relToParent).
            NameConverter = DefaultNameConverter.Instance,
            Query = RootFields("Query", parts, (area, root, types) => area.AddQueryFields(root, types)),
            Mutation = RootFields("Mutation", parts, (area, root, types) => area.AddMutationFields(root, types))
        };
        // Concrete types are reachable only through the interface, so they are registered explicitly.
        foreach (var type in factSheets.ByType.Values) schema.RegisterType(type);
        // D7 names exist even where no field uses them yet (clients declare variables with them).
        foreach (var type in inputs.All) schema.RegisterType(type);
        schema.Initialize();
        return schema;
    }

    /// <summary>A root type (Query or Mutation) with the fields every area contributes, in area order.</summary>
    private static ObjectGraphType RootFields(string name, SchemaParts types, Action<IGraphFieldContributor, ObjectGraphType, SchemaParts> contribute)
    {
        var root = new ObjectGraphType { Name = name };
        foreach (var area in GraphAreas.All) contribute(area, root, types);
        return root;
    }
}
