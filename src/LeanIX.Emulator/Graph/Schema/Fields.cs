using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace LeanIX.Emulator.Graph.Schema;

/// <summary>Small helpers to build the model-driven schema in code (field name, type, resolver, arguments).</summary>
public static class Fields
{
    public static FieldType Add(this IComplexGraphType owner, string name, IGraphType type,
        Func<IResolveFieldContext, object?>? resolve = null, params QueryArgument[] args)
    {
        var field = new FieldType { Name = name, ResolvedType = type, Arguments = args.Length == 0 ? null : new QueryArguments(args) };
        if (resolve is not null) field.Resolver = new FuncFieldResolver<object?>(ctx => resolve(ctx));
        owner.AddField(field);
        return field;
    }

    public static FieldType Add(this IComplexGraphType owner, string name, Type type,
        Func<IResolveFieldContext, object?>? resolve = null, params QueryArgument[] args)
    {
        var field = new FieldType { Name = name, Type = type, Arguments = args.Length == 0 ? null : new QueryArguments(args) };
        if (resolve is not null) field.Resolver = new FuncFieldResolver<object?>(ctx => resolve(ctx));
        owner.AddField(field);
        return field;
    }

    public static QueryArgument Arg(string name, Type type, object? defaultValue = null) =>
        new(type) { Name = name, DefaultValue = defaultValue };

    public static QueryArgument Arg(string name, IGraphType type, object? defaultValue = null) =>
        new(type) { Name = name, DefaultValue = defaultValue };

    public static IGraphType List(IGraphType type) => new ListGraphType(type);

    public static IGraphType NonNull(IGraphType type) => new NonNullGraphType(type);

    /// <summary>The source object of a field, cast to the node type the field belongs to.</summary>
    public static T Src<T>(this IResolveFieldContext ctx) => (T)ctx.Source!;

    /// <summary>A raw argument value (dictionaries for input objects, lists for lists), or null.</summary>
    public static object? Raw(this IResolveFieldContext ctx, string name) =>
        ctx.Arguments is not null && ctx.Arguments.TryGetValue(name, out var v) ? v.Value : null;

    public static string? Str(this IResolveFieldContext ctx, string name) => ctx.Raw(name)?.ToString();

    public static int? Int(this IResolveFieldContext ctx, string name) => ctx.Raw(name) switch
    {
        null => null,
        int i => i,
        long l => (int)Math.Clamp(l, int.MinValue, int.MaxValue),
        var o => Convert.ToInt32(o, System.Globalization.CultureInfo.InvariantCulture)
    };

    public static long? Long(this IResolveFieldContext ctx, string name) => ctx.Raw(name) switch
    {
        null => null,
        var o => Convert.ToInt64(o, System.Globalization.CultureInfo.InvariantCulture)
    };

    public static bool Bool(this IResolveFieldContext ctx, string name) => ctx.Raw(name) is true;

    public static IReadOnlyList<object?>? ListArg(this IResolveFieldContext ctx, string name) => ctx.Raw(name) switch
    {
        null => null,
        IEnumerable<object?> e => e.ToList(),
        var single => [single]
    };
}
