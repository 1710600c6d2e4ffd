using System.Text;

namespace LeanIX.Emulator.Rest.Integrations.Expressions;

/// <summary>Splits the inside of one <c>${…}</c> into tokens. Strings take single or double quotes with backslash escapes.</summary>
public static class ExpressionLexer
{
    private static readonly string[] Symbols = ["==", "!=", "<=", ">=", "&&", "||", "<", ">", "!", "?", ":", "+", "-", "*", "/", "%", "(", ")", "[", "]", ".", ","];

    public static List<ExpressionToken> Tokenize(string text)
    {
        var tokens = new List<ExpressionToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c is '\'' or '"')
            {
                var start = i++;
                var sb = new StringBuilder();
                while (i < text.Length && text[i] != c)
                {
                    if (text[i] == '\\' && i + 1 < text.Length) i++;
                    sb.Append(text[i++]);
                }
                if (i >= text.Length) throw new UnsupportedExpressionException($"Unterminated string at {start} in '{text}'");
                i++;
                tokens.Add(new ExpressionToken(TokenKind.String, sb.ToString(), start));
                continue;
            }
            if (char.IsDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsDigit(text[i]) || (text[i] == '.' && i + 1 < text.Length && char.IsDigit(text[i + 1])))) i++;
                tokens.Add(new ExpressionToken(TokenKind.Number, text[start..i], start));
                continue;
            }
            if (char.IsLetter(c) || c is '_' or '$')
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '$')) i++;
                tokens.Add(new ExpressionToken(TokenKind.Identifier, text[start..i], start));
                continue;
            }
            var symbol = Symbols.FirstOrDefault(s => string.CompareOrdinal(text, i, s, 0, s.Length) == 0)
                ?? throw new UnsupportedExpressionException($"Unsupported character '{c}' at {i} in '{text}'");
            tokens.Add(new ExpressionToken(TokenKind.Symbol, symbol, i));
            i += symbol.Length;
        }
        tokens.Add(new ExpressionToken(TokenKind.End, "", text.Length));
        return tokens;
    }
}
