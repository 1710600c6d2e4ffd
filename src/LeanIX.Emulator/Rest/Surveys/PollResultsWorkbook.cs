using ClosedXML.Excel;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Rest.Surveys;

/// <summary>
/// A run's <c>poll_results.xlsx</c> (admin.md §11.3): one sheet, a row per fact sheet the run asked about, its id, type and name,
/// then one column per question with the answer given.
/// </summary>
public static class PollResultsWorkbook
{
    public static byte[] Build(IWorkspaceView view, Poll poll, PollRun run)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Results");
        string[] headers = ["Fact Sheet Id", "Fact Sheet Type", "Fact Sheet Name", .. poll.Questions.Select(q => q.Text)];
        for (var c = 0; c < headers.Length; c++) sheet.Cell(1, c + 1).SetValue(headers[c]);
        var row = 2;
        foreach (var factSheetId in run.FactSheetIds)
        {
            var fs = view.FactSheets.Get(factSheetId);
            sheet.Cell(row, 1).SetValue(Wire.Formats.Id(factSheetId));
            if (fs is not null)
            {
                sheet.Cell(row, 2).SetValue(fs.Type);
                sheet.Cell(row, 3).SetValue(fs.Name);
            }
            for (var q = 0; q < poll.Questions.Count; q++)
                if (run.Answers.LastOrDefault(a => a.FactSheetId == factSheetId && a.QuestionId == poll.Questions[q].Id) is { } answer)
                    sheet.Cell(row, 4 + q).SetValue(answer.Answer);
            row++;
        }
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>Fact sheets of the run with an answer to every question.</summary>
    public static int Completed(PollRun run, Poll poll) =>
        run.FactSheetIds.Count(id => poll.Questions.All(q => run.Answers.Any(a => a.FactSheetId == id && a.QuestionId == q.Id)));
}
