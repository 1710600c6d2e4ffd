namespace LeanIX.Emulator.Domain;

/// <summary>A survey (admin.md §11.3, D70): stored for reading only, seeded from outside; no questionnaire logic.</summary>
public sealed class Poll : IEntity<Poll>
{
    public Guid Id { get; set; }
    public required string Title { get; set; }
    public string Language { get; set; } = "en";
    public List<PollQuestion> Questions { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }

    public Poll Clone() => new()
    {
        Id = Id, Title = Title, Language = Language, Questions = [.. Questions], CreatedAt = CreatedAt, CreatedBy = CreatedBy
    };
}

/// <summary>A question of a survey's questionnaire.</summary>
public sealed record PollQuestion(string Id, string Text, string Type);

/// <summary>One run of a survey with the answers it collected (D70).</summary>
public sealed class PollRun : IEntity<PollRun>
{
    public Guid Id { get; set; }
    public Guid PollId { get; set; }
    public string Status { get; set; } = "STARTED";
    public DateTimeOffset StartTime { get; set; }
    public Guid? CreatorId { get; set; }

    /// <summary>The fact sheets the run asked about.</summary>
    public List<Guid> FactSheetIds { get; set; } = [];

    public List<PollAnswer> Answers { get; set; } = [];

    public PollRun Clone() => new()
    {
        Id = Id, PollId = PollId, Status = Status, StartTime = StartTime, CreatorId = CreatorId, FactSheetIds = [.. FactSheetIds], Answers = [.. Answers]
    };
}

/// <summary>An answer to one question about one fact sheet.</summary>
public sealed record PollAnswer(Guid FactSheetId, string QuestionId, string Answer);
