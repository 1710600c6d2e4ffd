namespace LeanIX.Emulator.Rest.Integrations.Expressions;

/// <summary>A root object with behaviour (<c>integration</c>, <c>integration.tags</c>): members and methods by name.</summary>
public interface IExpressionObject
{
    /// <summary>The member's value; throw <see cref="UnsupportedExpressionException"/> for an unknown one.</summary>
    object? GetMember(string name);

    /// <summary>Calls a method; throw <see cref="UnsupportedExpressionException"/> for an unknown one.</summary>
    object? Invoke(string method, IReadOnlyList<object?> arguments);
}
