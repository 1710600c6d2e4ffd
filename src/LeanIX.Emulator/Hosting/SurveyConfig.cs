namespace LeanIX.Emulator.Hosting;

/// <summary>
/// A survey declared in a workspace's config (D70: the emulator stores polls and runs seeded from configuration, it has no
/// questionnaire logic). Read as <c>{"title","language","createdAt","questions":[{"id","text","type"}],"runs":[…]}</c>.
/// </summary>
public sealed class SurveyConfig
{
    /// <summary>Fixed id; when absent it is derived from the workspace and title, so a restart finds the same survey.</summary>
    public Guid? Id { get; set; }

    public string Title { get; set; } = "";

    public string Language { get; set; } = "en";

    public DateTimeOffset? CreatedAt { get; set; }

    public List<SurveyQuestionConfig> Questions { get; set; } = [];

    public List<SurveyRunConfig> Runs { get; set; } = [];
}

/// <summary>A question of a configured survey; <c>type</c> as the survey service names it (e.g. <c>SINGLE_SELECT</c>, <c>TEXT</c>).</summary>
public sealed class SurveyQuestionConfig
{
    public string Id { get; set; } = "";

    public string Text { get; set; } = "";

    public string Type { get; set; } = "TEXT";
}

/// <summary>One run of a configured survey: the fact sheets it asked about (id or unique name) and their answers.</summary>
public sealed class SurveyRunConfig
{
    public Guid? Id { get; set; }

    public string Status { get; set; } = "STARTED";

    public DateTimeOffset? StartTime { get; set; }

    public List<string> FactSheets { get; set; } = [];

    public List<SurveyAnswerConfig> Answers { get; set; } = [];
}

/// <summary>An answer of a configured run: fact sheet (id or unique name), question id and the answer text.</summary>
public sealed class SurveyAnswerConfig
{
    public string FactSheet { get; set; } = "";

    public string Question { get; set; } = "";

    public string Answer { get; set; } = "";
}
