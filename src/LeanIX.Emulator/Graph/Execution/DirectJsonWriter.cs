using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQLParser.AST;

namespace LeanIX.Emulator.Graph.Execution;

/// <summary>
/// Writes one query's <c>{"data":…,"errors":null}</c> with a <see cref="Utf8JsonWriter"/> while it resolves (issue 15).
/// The resolvers are the schema's own, so every value is the one the result tree would hold; what is saved is the tree:
/// an execution node, an async step and a boxed value per field and fact sheet, then a second walk to serialize it.
/// Each (selection set, object type) is planned once per request – fields collected, response names encoded,
/// arguments coerced – and reused for every node of that page. The output equals graphql-dotnet's byte for byte:
/// scalars are serialized by their graph type and written as System.Text.Json writes them, with the wire encoder.
/// </summary>
internal sealed class DirectJsonWriter(DirectJsonStrategy strategy, GraphQL.Execution.ExecutionContext context)
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
    private static readonly JsonEncodedText Data = JsonEncodedText.Encode("data");
    private static readonly JsonEncodedText Errors = JsonEncodedText.Encode("errors");

    private readonly Dictionary<(GraphQLSelectionSet, IObjectGraphType), PlannedField[]> _plans = [];
    private readonly List<ResolveFieldContext> _contexts = [];
    private Utf8JsonWriter _json = null!;
    private int _written;

    /// <summary>A field as it is written: response name, definition, resolver and this request's arguments.</summary>
    private sealed record PlannedField(JsonEncodedText Name, GraphQLField Ast, FieldType Definition, IFieldResolver Resolver,
        IDictionary<string, ArgumentValue>? Arguments, bool IsTypeName, DirectFieldWriter? Direct)
    {
        // The plans of this field's selection per object type written under it, looked up by reference: the look-up
        // by (selection, type) hashed a tuple per object and was a sixteenth of a warm dump (issue 15). A relation's
        // factSheet takes each fact sheet type in turn, so a few entries; searched linearly.
        public (IObjectGraphType Type, PlannedField[] Plan)[] Plans = [];
    }

    /// <summary>Thrown where the tree would report an error or write differently: the request takes the tree instead.</summary>
    private sealed class GiveUp : Exception;

    /// <summary>The response body, or null when the direct path does not serve this request.</summary>
    public PooledBody? TryWrite(IObjectGraphType root, IReadOnlySet<string> directRoots)
    {
        var body = new PooledBody();
        try
        {
            var fields = Plan(root, context.Operation.SelectionSet);
            foreach (var field in fields)
                if (field.IsTypeName || !directRoots.Contains(field.Definition.Name)) throw new GiveUp();
            using (_json = new Utf8JsonWriter(body, WriterOptions))
            {
                _json.WriteStartObject();
                _json.WritePropertyName(Data);
                WriteObject(root, fields, context.RootValue, depth: 0);
                _json.WriteNull(Errors);
                _json.WriteEndObject();
            }
            return body;
        }
        catch (Exception e) when (e is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
        {
            // A resolver's error, a value the tree would refuse, anything unforeseen: the tree answers (D17 shapes).
            body.Dispose();
            return null;
        }
    }

    private void WriteObject(IObjectGraphType type, PlannedField[] fields, object? source, int depth)
    {
        _json.WriteStartObject();
        foreach (var field in fields)
        {
            _json.WritePropertyName(field.Name);
            if (field.IsTypeName)
            {
                _json.WriteStringValue(type.Name);
                continue;
            }
            if (field.Direct is { } direct && source is not null && direct(source, _json)) continue;
            WriteValue(field, field.Definition.ResolvedType!, Resolve(field, type, source, depth), depth);
        }
        _json.WriteEndObject();
        // The page is long; the execution limit and a client going away are noticed between objects.
        if (++_written % 256 == 0) context.CancellationToken.ThrowIfCancellationRequested();
    }

    private object? Resolve(PlannedField field, IObjectGraphType parentType, object? source, int depth)
    {
        // One context per depth: a list resolved at one depth may be enumerated lazily while its items resolve below.
        while (_contexts.Count <= depth) _contexts.Add(NewContext());
        var resolveContext = _contexts[depth];
        resolveContext.Source = source;
        resolveContext.FieldAst = field.Ast;
        resolveContext.FieldDefinition = field.Definition;
        resolveContext.ParentType = parentType;
        resolveContext.Arguments = field.Arguments;
        var pending = field.Resolver.ResolveAsync(resolveContext);
        if (!pending.IsCompletedSuccessfully) throw new GiveUp();
        var value = pending.Result;
        if (value is IDataLoaderResult) throw new GiveUp();
        return value;
    }

    private void WriteValue(PlannedField field, IGraphType type, object? value, int depth)
    {
        var nonNull = false;
        if (type is NonNullGraphType required)
        {
            nonNull = true;
            type = required.ResolvedType!;
        }
        switch (type)
        {
            case ScalarGraphType scalar:
                // Enums are scalars here too: Serialize maps the value to its name, or refuses it.
                var serialized = value is null ? null : scalar.Serialize(value);
                if (serialized is null)
                {
                    if (nonNull) throw new GiveUp();
                    _json.WriteNullValue();
                }
                else WritePrimitive(serialized);
                return;
            case ListGraphType list:
                if (value is null)
                {
                    if (nonNull) throw new GiveUp();
                    _json.WriteNullValue();
                    return;
                }
                if (value is not IEnumerable items || value is string) throw new GiveUp();
                var itemType = list.ResolvedType!;
                _json.WriteStartArray();
                foreach (var item in items) WriteValue(field, itemType, item, depth);
                _json.WriteEndArray();
                return;
            default:
                if (value is null)
                {
                    if (nonNull) throw new GiveUp();
                    _json.WriteNullValue();
                    return;
                }
                var objectType = type switch
                {
                    IAbstractGraphType abstractType => abstractType.GetObjectType(value, context.Schema) ?? throw new GiveUp(),
                    IObjectGraphType o => o,
                    _ => throw new GiveUp()
                };
                if (objectType.IsTypeOf is not null && !objectType.SkipTypeCheck && !objectType.IsTypeOf(value)) throw new GiveUp();
                WriteObject(objectType, PlanOf(field, type, objectType), value, depth + 1);
                return;
        }
    }

    // What JsonSerializer.Serialize(object) writes for the values the schema's scalars produce; anything else is
    // left to the tree, which serializes it through the serializer's own converters.
    private void WritePrimitive(object value)
    {
        switch (value)
        {
            case string s: _json.WriteStringValue(s); break;
            case bool b: _json.WriteBooleanValue(b); break;
            case int i: _json.WriteNumberValue(i); break;
            case long l: _json.WriteNumberValue(l); break;
            case double d when double.IsFinite(d): _json.WriteNumberValue(d); break;
            case float f when float.IsFinite(f): _json.WriteNumberValue(f); break;
            case decimal m: _json.WriteNumberValue(m); break;
            case short s16: _json.WriteNumberValue(s16); break;
            case byte u8: _json.WriteNumberValue(u8); break;
            case uint u32: _json.WriteNumberValue(u32); break;
            case ulong u64: _json.WriteNumberValue(u64); break;
            default: throw new GiveUp();
        }
    }

    /// <summary>
    /// The plan for an object of <paramref name="type"/> under <paramref name="field"/>, whose declared (unwrapped) type is
    /// <paramref name="declared"/>. An object type met before under this field was checked to be a possible type of the
    /// declared one then; the field's declared type does not change.
    /// </summary>
    private PlannedField[] PlanOf(PlannedField field, IGraphType declared, IObjectGraphType type)
    {
        foreach (var (known, plan) in field.Plans)
            if (ReferenceEquals(known, type)) return plan;
        if (declared is IAbstractGraphType abstractType && !abstractType.IsPossibleType(type)) throw new GiveUp();
        if (field.Ast.SelectionSet is not { } selection) throw new GiveUp();
        var made = Plan(type, selection);
        field.Plans = [.. field.Plans, (type, made)];
        return made;
    }

    private PlannedField[] Plan(IObjectGraphType type, GraphQLSelectionSet selectionSet)
    {
        if (_plans.TryGetValue((selectionSet, type), out var known)) return known;
        var collected = strategy.Collect(context, type, selectionSet);
        var plan = new PlannedField[collected.Count];
        var i = 0;
        foreach (var (name, (ast, definition)) in collected)
        {
            var isTypeName = ReferenceEquals(definition, context.Schema.TypeNameMetaFieldType);
            // Introspection (__schema, __type) is the tree's business.
            if (!isTypeName && (ReferenceEquals(definition, context.Schema.SchemaMetaFieldType) || ReferenceEquals(definition, context.Schema.TypeMetaFieldType)))
                throw new GiveUp();
            plan[i++] = new PlannedField(JsonEncodedText.Encode(name, JavaScriptEncoder.UnsafeRelaxedJsonEscaping), ast, definition,
                definition.Resolver ?? NameFieldResolver.Instance, context.GetArguments(definition, ast), isTypeName,
                isTypeName ? null : DirectField.WriterOf(definition));
        }
        _plans[(selectionSet, type)] = plan;
        return plan;
    }

    private ResolveFieldContext NewContext() => new()
    {
        UserContext = context.UserContext,
        RootValue = context.RootValue,
        Schema = context.Schema,
        Document = context.Document,
        Operation = context.Operation,
        Variables = context.Variables,
        CancellationToken = context.CancellationToken,
        Metrics = context.Metrics,
        Errors = context.Errors,
        RequestServices = context.RequestServices,
        InputExtensions = context.InputExtensions,
        OutputExtensions = context.OutputExtensions,
        User = context.User,
        ExecutionContext = context,
        Path = [],
        ResponsePath = []
    };
}
