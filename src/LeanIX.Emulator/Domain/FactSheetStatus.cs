namespace LeanIX.Emulator.Domain;

public static class FactSheetStatus
{
    public const string Active = "ACTIVE";
    public const string Archived = "ARCHIVED";
}
