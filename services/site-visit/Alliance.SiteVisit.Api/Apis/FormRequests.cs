using System.ComponentModel.DataAnnotations;
using Alliance.SiteVisit.Domain;

namespace Alliance.SiteVisit.Api.Apis;

/// <summary>
/// A reviewer's form as typed: any of the five points (each once), an overall comment and a recommendation, all
/// optional in a draft. The whole draft is sent each time: a point left out is open again.
/// </summary>
public sealed class FormRequest
{
    [MaxLength(5)]
    public List<ScoreRequest?>? Scores { get; init; }

    [StringLength(4000)]
    public string? OverallComment { get; init; }

    /// <summary>outstanding-candidate, satisfactory, needs-improvement or abnormal.</summary>
    public Recommendation? Recommendation { get; init; }

    /// <summary>The version read: 0 (or nothing) for a form not yet started; 409 when no longer current.</summary>
    public long? Version { get; init; }
}

/// <summary>One point of a form: its code, a score from 1 to 5 (or none yet) and a comment.</summary>
public sealed class ScoreRequest
{
    [Required]
    public ReviewPoint? Point { get; init; }

    [Range(ReviewForms.MinScore, ReviewForms.MaxScore)]
    public int? Score { get; init; }

    [StringLength(2000)]
    public string? Comment { get; init; }
}

public sealed class SubmitFormRequest
{
    /// <summary>The version of the draft read: 409 when no longer current (or when the form is submitted already).</summary>
    public long? Version { get; init; }
}
