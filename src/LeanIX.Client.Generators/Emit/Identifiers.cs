using System.Collections.Generic;
using System.Text;

namespace LeanIX.Client.Generators.Emit;

/// <summary>Turns data model keys and labels into valid, stable C# identifiers.</summary>
internal static class Identifiers
{
    private static readonly HashSet<string> Keywords = new(System.StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while"
    };

    /// <summary>
    /// <c>businessCriticality</c> → <c>BusinessCriticality</c>, <c>my field-2</c> → <c>MyField2</c>,
    /// <c>2nd</c> → <c>_2nd</c>. Letters and digits are kept, every other character starts a new word.
    /// </summary>
    public static string Pascal(string key)
    {
        var sb = new StringBuilder();
        var upperNext = true;
        foreach (var c in key)
        {
            if (char.IsLetterOrDigit(c) || c == '_')
            {
                sb.Append(upperNext ? char.ToUpperInvariant(c) : c);
                upperNext = false;
            }
            else upperNext = true;
        }
        if (sb.Length == 0) sb.Append("Unnamed");
        if (char.IsDigit(sb[0])) sb.Insert(0, '_');
        return Escape(sb.ToString());
    }

    /// <summary>A keyword (possible only for lower-case keys such as a type named <c>class</c>) gets an <c>@</c>.</summary>
    public static string Escape(string identifier) => Keywords.Contains(identifier) ? "@" + identifier : identifier;

    /// <summary>A C# string literal.</summary>
    public static string Literal(string value)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < ' ') sb.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    /// <summary>Text for an XML doc comment: escaped and on one line.</summary>
    public static string Xml(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\r", " ").Replace("\n", " ");
}
