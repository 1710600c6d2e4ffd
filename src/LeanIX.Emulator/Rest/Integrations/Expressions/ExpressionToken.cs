namespace LeanIX.Emulator.Rest.Integrations.Expressions;

/// <summary>Kinds of <see cref="ExpressionToken"/>.</summary>
public enum TokenKind
{
    Identifier,
    String,
    Number,
    Symbol,
    End
}

/// <summary>One lexical token of an expression; <see cref="Position"/> is its offset, for messages.</summary>
public readonly record struct ExpressionToken(TokenKind Kind, string Text, int Position);
