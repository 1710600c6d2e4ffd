using LeanIX.Emulator.Rest.Integrations.Expressions;

namespace LeanIX.Emulator.Tests.Rest.Integrations;

/// <summary>The JUEL subset of admin.md §1.4 / D42, evaluated without HTTP (the evaluator is pure).</summary>
public class ExpressionTests
{
    private static ExpressionScope Scope() => new ExpressionScope()
        .Set("content", new Dictionary<string, object?> { ["id"] = "app-1", ["type"] = "Deployment" })
        .Set("data", new Dictionary<string, object?>
        {
            ["name"] = "  Billing  ", ["tags"] = new List<object?> { "a", "b", "a" }, ["version"] = "2.10",
            ["nested"] = new Dictionary<string, object?> { ["k"] = "v" }, ["key with space"] = "x", ["empty"] = "", ["count"] = 3L
        })
        .Set("header", new Dictionary<string, object?> { ["customFields"] = new Dictionary<string, object?> { ["owner"] = "ops" } })
        .Set("variables", new Dictionary<string, object?> { ["seen"] = new List<object?> { 1L, 2L, 4L } });

    private static object? Eval(string template) => ExpressionTemplate.Evaluate(template, Scope());

    [Theory]
    [InlineData("${content.id}", "app-1")]
    [InlineData("prefix-${content.id}-${content.type}", "prefix-app-1-Deployment")]
    [InlineData("${data.name.trim().toUpperCase()}", "BILLING")]
    [InlineData("${data['key with space']}", "x")]
    [InlineData("${data.nested.k}", "v")]
    [InlineData("${data.tags[1]}", "b")]
    [InlineData("${header.customFields.owner}", "ops")]
    [InlineData("${data.version.split('\\\\.')[1]}", "10")]
    [InlineData("${data.version.replace('.', '-')}", "2-10")]
    [InlineData("${data.name.trim().substring(1, 3)}", "il")]
    [InlineData("${content.id.startsWith('app') ? 'yes' : 'no'}", "yes")]
    [InlineData("${empty data.empty ? 'none' : data.empty}", "none")]
    [InlineData("${data.missing == null && !empty data.tags}", true)]
    [InlineData("${content.type == 'Deployment' || false}", true)]
    [InlineData("${content.type != 'Deployment'}", false)]
    [InlineData("${data.count + 1}", 4L)]
    [InlineData("${data.count * 2 > 5}", true)]
    [InlineData("${'a' + data.count}", "a3")]
    [InlineData("${variables.seen.sum()}", 7L)]
    [InlineData("${variables.seen.join('|')}", "1|2|4")]
    [InlineData("${data.tags.contains('b')}", true)]
    [InlineData("${'abc'.matches('a.c')}", true)]
    [InlineData("${'abcd'.matches('a.c')}", false)]
    [InlineData("${'a'.hashCode()}", 97L)]
    [InlineData("no expression", "no expression")]
    public void Evaluates(string template, object expected) => Assert.Equal(expected, Eval(template));

    [Fact]
    public void A_template_that_is_one_expression_keeps_its_type()
    {
        var list = Assert.IsType<List<object?>>(Eval("${data.tags}"));
        Assert.Equal(["a", "b", "a"], list);
        Assert.Equal(["a", "b"], Assert.IsType<List<object?>>(Eval("${variables.seen.distinct().size() == 3 ? data.tags.distinct() : null}")));
        Assert.Equal("[\"a\",\"b\",\"a\"]x", Eval("${data.tags}x"));
    }

    [Fact]
    public void Helper_toList_flattens_and_drops_nulls() =>
        Assert.Equal(["a", "b", "a", "v"], Assert.IsType<List<object?>>(Eval("${helper:toList(data.tags, data.missing, data.nested.k)}")));

    [Fact]
    public void Member_access_on_null_is_null_but_a_call_on_null_is_unsupported()
    {
        Assert.Null(Eval("${data.missing.deeper}"));
        var e = Assert.Throws<UnsupportedExpressionException>(() => Eval("${data.missing.trim()}"));
        Assert.Contains("trim", e.Message);
    }

    [Theory]
    [InlineData("${math:round(1.5)}", "math:round")]
    [InlineData("${data.name.reverse()}", "reverse")]
    [InlineData("${unknownRoot.x}", "unknownRoot")]
    [InlineData("${content.id ==}", "Unexpected")]
    [InlineData("${content.id", "Unterminated")]
    public void Outside_the_subset_is_a_clear_unsupported_expression(string template, string mentioned)
    {
        var e = Assert.Throws<UnsupportedExpressionException>(() => Eval(template));
        Assert.Contains(mentioned, e.Message);
    }

    [Fact]
    public void Syntax_errors_are_known_before_evaluation()
    {
        Assert.NotNull(ExpressionTemplate.Parse("${a ? b}").SyntaxError);
        Assert.Null(ExpressionTemplate.Parse("${a ? b : c}").SyntaxError);
    }
}
