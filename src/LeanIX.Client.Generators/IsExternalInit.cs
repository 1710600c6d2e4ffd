namespace System.Runtime.CompilerServices;

/// <summary>netstandard2.0 lacks this marker type that records' init accessors need; the compiler only looks it up by name.</summary>
internal static class IsExternalInit
{
}
