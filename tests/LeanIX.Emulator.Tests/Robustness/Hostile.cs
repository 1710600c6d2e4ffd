using System.Text;

namespace LeanIX.Emulator.Tests.Robustness;

/// <summary>Generators of hostile GraphQL documents (the issue 9 cases, sizes as parameters).</summary>
public static class Hostile
{
    /// <summary>A chain of fragments, each spreading the previous one twice: 2^n fields once expanded.</summary>
    public static string FragmentChain(int links)
    {
        var doc = new StringBuilder("query { allFactSheets { edges { node { ...F").Append(links).Append(" } } } }\n");
        doc.Append("fragment F0 on FactSheet { id name }\n");
        for (var i = 1; i <= links; i++) doc.Append($"fragment F{i} on FactSheet {{ ...F{i - 1} ...F{i - 1} }}\n");
        return doc.ToString();
    }

    public static string AliasFlood(int aliases) =>
        "{ " + string.Join(" ", Enumerable.Range(0, aliases).Select(i => $"a{i}: allFactSheets {{ totalCount }}")) + " }";

    public static string DuplicateFields(int count) =>
        "{ allFactSheets { edges { node { " + string.Join(" ", Enumerable.Repeat("id", count)) + " } } } }";

    public static string Nested(int depth) =>
        "{ " + string.Concat(Enumerable.Repeat("allFactSheets { edges { node { ", depth / 3)) + "id" + new string('}', depth / 3 * 3) + " }";

    /// <summary>Nesting far beyond any sensible depth: the parser itself must not recurse into it unbounded.</summary>
    public static string DeepFields(int depth) =>
        "{ " + string.Concat(Enumerable.Repeat("a { ", depth)) + "b" + new string('}', depth) + " }";
}
