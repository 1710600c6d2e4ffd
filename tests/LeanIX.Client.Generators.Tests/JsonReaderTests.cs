using LeanIX.Client.Generators.Json;

namespace LeanIX.Client.Generators.Tests;

/// <summary>The generator's own JSON reader (System.Text.Json is not available inside the compiler).</summary>
public class JsonReaderTests
{
    [Fact]
    public void Objects_keep_key_order_and_values_have_their_types()
    {
        var root = (JsonObject)JsonReader.Parse("\uFEFF{ \"z\": 1.5e2, \"a\": [true, false, null, -3], \"m\": \"\\u00fc\\n\\\"x\\\"\\\\/\" }")!;
        Assert.Equal(["z", "a", "m"], root.Keys);
        Assert.Equal(150.0, root["z"]);
        Assert.Equal(new object?[] { true, false, null, -3.0 }, (List<object?>)root["a"]!);
        Assert.Equal("ü\n\"x\"\\/", root["m"]);
    }

    [Theory]
    [InlineData("", "unexpected end of file at line 1, column 1")]
    [InlineData("{\"a\": 1,}", "expected a property name in double quotes at line 1, column 9")]
    [InlineData("{\"a\" 1}", "expected ':' after a property name")]
    [InlineData("[1 2]", "expected ',' or ']' in an array at line 1, column 4")]
    [InlineData("{\n\n  \"a\": tru }", "expected 'true' at line 3, column 8")]
    [InlineData("\"open", "unterminated string")]
    [InlineData("\"\\q\"", "bad escape '\\q'")]
    [InlineData("{} {}", "unexpected text after the JSON value")]
    [InlineData("-", "bad number '-'")]
    public void Malformed_text_names_the_problem_and_the_position(string text, string expected)
    {
        var error = Assert.Throws<JsonFormatException>(() => JsonReader.Parse(text));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Deep_nesting_is_refused_rather_than_overflowing_the_compiler_stack()
    {
        var error = Assert.Throws<JsonFormatException>(() => JsonReader.Parse(new string('[', 10_000)));
        Assert.Contains("nesting is too deep", error.Message);
    }
}
