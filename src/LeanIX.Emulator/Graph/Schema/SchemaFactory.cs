using GraphQL.Conversion;
using GraphQL.Types;
using LeanIX.Emulator.Graph.Resolvers;
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

        var schema = new GraphQL.Types.Schema
        {
            // Names are used exactly as the model spells them (no camel-casing of keys such as relToParent).
            NameConverter = DefaultNameConverter.Instance,
            Query = QueryFields.Build(inputs, values, factSheets, entities),
            Mutation = MutationFields.Build(inputs, factSheets, entities)
        };
        // Concrete types are reachable only through the interface, so they are registered explicitly.
        foreach (var type in factSheets.ByType.Values) schema.RegisterType(type);
        // D7 names exist even where no field uses them yet (clients declare variables with them).
        foreach (var type in inputs.All) schema.RegisterType(type);
        schema.Initialize();
        return schema;
    }
}
