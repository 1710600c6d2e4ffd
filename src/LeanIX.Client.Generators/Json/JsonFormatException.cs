using System;

namespace LeanIX.Client.Generators.Json;

/// <summary>The snapshot is not valid JSON, or not the shape the generator expects.</summary>
internal sealed class JsonFormatException : Exception
{
    public JsonFormatException(string message, int line = 0, int column = 0) : base(message)
    {
        Line = line;
        Column = column;
    }

    /// <summary>1-based line, 0 when the problem is the shape rather than the syntax.</summary>
    public int Line { get; }

    /// <summary>1-based column.</summary>
    public int Column { get; }
}
