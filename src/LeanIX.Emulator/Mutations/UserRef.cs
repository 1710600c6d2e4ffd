namespace LeanIX.Emulator.Mutations;

/// <summary>A user given by id or, when the id is absent, by e-mail (GraphQL <c>UserInput</c>, D14).</summary>
public sealed record UserRef(Guid? Id, string? Email);
