using GraphQL.Types;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Model;

namespace LeanIX.Emulator.Graph.Schema;

/// <summary>The enums and input types of D7 (names exact: clients declare variables with them).</summary>
public sealed class InputTypes
{
    public InputTypes(DataModel model)
    {
        FactSheetType = Enum("FactSheetType", model.Types.Keys);
        PatchOperation = Enum("PatchOperation", ["add", "replace", "remove"]);
        FacetOperator = Enum("FacetOperator", ["OR", "AND", "NOR"]);
        DateFilterType = Enum("DateFilterType", ["RANGE", "RANGE_STARTS", "RANGE_ENDS", "POINT", "TODAY", "END_OF_MONTH", "END_OF_YEAR"]);
        SortOrder = Enum("SortOrder", ["asc", "desc"]);
        SortMode = Enum("SortMode", ["BY_FIELD", "BY_LIFECYCLE_LAST"]); // D83
        HierarchyMode = Enum("HierarchyMode", ["FULL_TREE"]);
        SubscriptionType = Enum("FactSheetSubscriptionType", ["ACCOUNTABLE", "RESPONSIBLE", "OBSERVER"]);
        TagGroupMode = Enum("TagGroupModeEnum", ["SINGLE", "MULTIPLE"]);
        FactSheetStatus = Enum("FactSheetStatus", [Domain.FactSheetStatus.Active, Domain.FactSheetStatus.Archived]);
        CommentStatus = Enum("CommentStatus", ["ACTIVE", "RESOLVED"]);
        EventType = Enum("EventType", typeof(EventTypes).GetFields().Select(f => (string)f.GetRawConstantValue()!)
            .Concat(["QUALITY_SEAL_APPROVED", "QUALITY_SEAL_BROKEN", "QUALITY_SEAL_REJECTED", "COMMENT_CREATED", "COMMENT_UPDATED", "COMMENT_DELETED"])
            .Distinct());

        Patch = Input("Patch",
            ("op", Fields.NonNull(PatchOperation)), ("path", new NonNullGraphType(new StringGraphType())), ("value", new StringGraphType()));
        BaseFactSheetInput = Input("BaseFactSheetInput",
            ("name", new NonNullGraphType(new StringGraphType())), ("type", Fields.NonNull(FactSheetType)));
        DateFilterInput = Input("DateFilterInput", ("type", DateFilterType), ("from", new StringGraphType()), ("to", new StringGraphType()));
        ResponseOptionsInput = Input("ResponseOptionsInput", ("maxFacetDepth", new IntGraphType()));
        FilterInput = new InputObjectGraphType { Name = "FilterInput" };
        FacetFilterInput = Input("FacetFilterInput",
            ("facetKey", new NonNullGraphType(new StringGraphType())), ("operator", FacetOperator),
            ("keys", new ListGraphType(new StringGraphType())), ("dateFilter", DateFilterInput), ("subFilter", FilterInput));
        AddFields(FilterInput,
            ("facetFilters", new ListGraphType(FacetFilterInput)), ("fullTextSearch", new StringGraphType()),
            ("quickSearch", new StringGraphType()), ("ids", new ListGraphType(new IdGraphType())),
            ("responseOptions", ResponseOptionsInput));
        Sorting = Input("Sorting", ("key", new NonNullGraphType(new StringGraphType())), ("order", SortOrder), ("mode", SortMode));
        HierarchyInput = Input("HierarchyInput", ("mode", HierarchyMode));
        ValidityFilterInput = Input("ValidityFilterInput", ("activeFrom", new StringGraphType()), ("activeUntil", new StringGraphType()));
        UserInput = Input("UserInput", ("id", new IdGraphType()), ("email", new StringGraphType()));
        RoleLinkInput = Input("SubscriptionToSubscriptionRoleLinkInput", ("id", new NonNullGraphType(new IdGraphType())), ("comment", new StringGraphType()));
        SubscriptionFilterInput = Input("SubscriptionFilterInput", ("userId", new IdGraphType()), ("types", new ListGraphType(SubscriptionType)));
    }

    public EnumerationGraphType FactSheetType { get; }
    public EnumerationGraphType PatchOperation { get; }
    public EnumerationGraphType FacetOperator { get; }
    public EnumerationGraphType DateFilterType { get; }
    public EnumerationGraphType SortOrder { get; }
    public EnumerationGraphType SortMode { get; }
    public EnumerationGraphType HierarchyMode { get; }
    public EnumerationGraphType SubscriptionType { get; }
    public EnumerationGraphType TagGroupMode { get; }
    public EnumerationGraphType FactSheetStatus { get; }
    public EnumerationGraphType CommentStatus { get; }
    public EnumerationGraphType EventType { get; }
    public InputObjectGraphType Patch { get; }
    public InputObjectGraphType BaseFactSheetInput { get; }
    public InputObjectGraphType DateFilterInput { get; }
    public InputObjectGraphType ResponseOptionsInput { get; }
    public InputObjectGraphType FilterInput { get; }
    public InputObjectGraphType FacetFilterInput { get; }
    public InputObjectGraphType Sorting { get; }
    public InputObjectGraphType HierarchyInput { get; }
    public InputObjectGraphType ValidityFilterInput { get; }
    public InputObjectGraphType UserInput { get; }
    public InputObjectGraphType RoleLinkInput { get; }
    public InputObjectGraphType SubscriptionFilterInput { get; }

    public IEnumerable<IGraphType> All =>
        GetType().GetProperties().Where(p => typeof(IGraphType).IsAssignableFrom(p.PropertyType)).Select(p => (IGraphType)p.GetValue(this)!);

    /// <summary>Enum values map to their own names, so resolvers see plain strings.</summary>
    private static EnumerationGraphType Enum(string name, IEnumerable<string> values)
    {
        var type = new EnumerationGraphType { Name = name };
        foreach (var v in values) type.Add(v, v);
        return type;
    }

    private static InputObjectGraphType Input(string name, params (string Name, IGraphType Type)[] fields)
    {
        var type = new InputObjectGraphType { Name = name };
        AddFields(type, fields);
        return type;
    }

    private static void AddFields(InputObjectGraphType type, params (string Name, IGraphType Type)[] fields)
    {
        foreach (var (fieldName, fieldType) in fields)
            type.AddField(new GraphQL.Types.FieldType { Name = fieldName, ResolvedType = fieldType });
    }
}
