namespace LeanIX.Client;

/// <summary>A JSON number as its text, so it reads back exactly as the service wrote it (1.0 stays 1.0).</summary>
internal sealed class CompactNumber(string text)
{
    public string Text { get; } = text;

    public override string ToString() => Text;
}
