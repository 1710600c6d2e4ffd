namespace LeanIX.Emulator.Rest.Integrations.Expressions;

/// <summary>
/// An expression outside the emulator's JUEL subset (admin.md §1.4, D42), or one that cannot be evaluated
/// (a method on null, a bad index). The run turns it into an EXPRESSION warning and skips the value.
/// </summary>
public sealed class UnsupportedExpressionException(string message) : Exception(message);
