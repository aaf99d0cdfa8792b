using Alliance.SiteVisit.Api.Data;
using Alliance.SiteVisit.Domain;

namespace Alliance.SiteVisit.Api.Apis;

/// <summary>A draft's fields after the rules of their own format (every point in order, texts trimmed, blank as none), or a 400 naming each bad field.</summary>
internal sealed record CheckedForm(PointScore[] Scores, string? OverallComment, Recommendation? Recommendation)
{
    public static CheckedForm From(FormRequest request)
    {
        var errors = new FieldErrors();
        var sent = request.Scores ?? [];
        for (var i = 0; i < sent.Count; i++)
        {
            if (sent[i] is null)
            {
                errors.Add($"scores[{i}]", "請填寫查訪重點（point）。", "Each score names its review point.");
            }
        }

        errors.ThrowIfAny();
        var scores = sent.Select(s => new PointScore(s!.Point!.Value, s.Score, Blank(s.Comment))).ToArray();
        foreach (var (field, problem) in ReviewForms.DraftProblems(scores))
        {
            if (problem == DraftProblem.PointRepeated)
            {
                errors.Add(field, "同一查訪重點只能填一次。", "Each review point is listed once.");
            }
            else
            {
                errors.Add(field, $"分數須為 {ReviewForms.MinScore} 到 {ReviewForms.MaxScore} 的整數。", $"A score is a whole number from {ReviewForms.MinScore} to {ReviewForms.MaxScore}.");
            }
        }

        errors.ThrowIfAny();
        return new(ReviewForms.Arrange(scores), Blank(request.OverallComment), request.Recommendation);
    }

    public void ApplyTo(ReviewForm form)
    {
        form.Scores = Scores.Select(s => s.Score).ToList();
        form.Comments = Scores.Select(s => s.Comment).ToList();
        form.OverallComment = OverallComment;
        form.Recommendation = Recommendation;
        form.Total = ReviewForms.Total(Scores);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
