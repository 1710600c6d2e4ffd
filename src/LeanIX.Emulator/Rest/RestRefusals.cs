namespace LeanIX.Emulator.Rest;

/// <summary>A request a REST service refuses as malformed (400, or 422 where the service says so).</summary>
public sealed class RestInputException(string message, string? value = null, string? field = null) : Exception(message)
{
    /// <summary>The offending value or field (D2 <c>errors[].value</c>).</summary>
    public string? Value { get; } = value;

    /// <summary>The member the problem is in, for error shapes that locate it (FastAPI <c>loc</c>).</summary>
    public string? Field { get; } = field;
}

/// <summary>An id the service does not know (404).</summary>
public sealed class NotFoundException(string message, string? value = null) : Exception(message)
{
    public string? Value { get; } = value;
}

/// <summary>A request that contradicts the stored state (409).</summary>
public sealed class ConflictException(string message, string? value = null) : Exception(message)
{
    public string? Value { get; } = value;
}

/// <summary>Input that is well-formed but cannot be processed (422), e.g. automation script code the service refuses.</summary>
public sealed class UnprocessableException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}
