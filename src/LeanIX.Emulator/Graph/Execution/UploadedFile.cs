namespace LeanIX.Emulator.Graph.Execution;

/// <summary>The file part of a <c>/graphql/upload</c> request, kept in the <see cref="GraphContext"/> under <see cref="Key"/>.</summary>
public sealed record UploadedFile(string FileName, string MediaType, byte[] Content)
{
    public const string Key = "upload";
}
