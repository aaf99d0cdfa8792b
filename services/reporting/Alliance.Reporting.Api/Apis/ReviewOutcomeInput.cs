using System.ComponentModel.DataAnnotations;
using Alliance.Reporting.Api.Data;
using Alliance.Reporting.Domain.Programme;
using Alliance.Reporting.Domain.Summary;
using Alliance.ServiceDefaults.Problems;

namespace Alliance.Reporting.Api.Apis;

public sealed class ReviewOutcomeRequest
{
    /// <summary>continues, continues-with-conditions or funding-ends.</summary>
    [Required]
    public string? Outcome { get; init; }

    /// <summary>Required with continues-with-conditions; refused with the others.</summary>
    [StringLength(4000)]
    public string? Conditions { get; init; }

    /// <summary>The reviewers' comments.</summary>
    [Required, StringLength(4000)]
    public string? Comments { get; init; }

    /// <summary>The version read: 0 or nothing the first time; 409 when no longer current.</summary>
    public long? Version { get; init; }
}

public sealed class ConfirmReviewOutcomeRequest
{
    /// <summary>The version read: 409 when no longer current.</summary>
    [Required]
    public long? Version { get; init; }
}

/// <param name="Outcome">continues, continues-with-conditions, funding-ends; null when none is recorded, or not yet published to the caller</param>
/// <param name="PublishesOn">the year's review-results date, from which a confirmed outcome is published to the alliance</param>
/// <param name="Published">whether the alliance sees it now</param>
/// <param name="Version">0 when none is recorded, or not yet published to the caller</param>
public sealed record ReviewOutcomeResponse(
    Guid AllianceId, int Year, string? Outcome, string? Conditions, string? Comments, bool Confirmed, string? ConfirmedBy, DateTimeOffset? ConfirmedAt,
    string? RecordedBy, DateTimeOffset? RecordedAt, DateOnly PublishesOn, bool Published, long Version)
{
    internal static ReviewOutcomeResponse From(Guid allianceId, int year, ReviewOutcomeRecord? o, DateOnly publishesOn, bool published) => o is null
        ? new(allianceId, year, null, null, null, false, null, null, null, null, publishesOn, false, VersionCheck.NotYetStored)
        : new(allianceId, year, o.Outcome, o.Conditions, o.Comments, o.Confirmed, o.ConfirmedBy, o.ConfirmedAt, o.RecordedBy, o.RecordedAt,
            publishesOn, published, o.Version);
}

/// <summary>Reads a review outcome's body beyond what DataAnnotations say: the outcome's code, conditions that go with it, blank texts.</summary>
internal static class ReviewOutcomeInput
{
    public const string AlreadyConfirmedCode = "review-outcome-confirmed";

    public static readonly LocalizedText NotRecorded = new("此年度尚未登錄期中審查結果。", "No mid-term review outcome is recorded for this year.");

    public static string Code(ReviewOutcomeKind kind) => KebabCodes.Of(kind);

    /// <summary>400 naming outcome, conditions or comments for each that breaks its rule, all at once.</summary>
    public static (ReviewOutcomeKind Kind, string? Conditions, string Comments) Read(ReviewOutcomeRequest request)
    {
        var errors = new Dictionary<string, LocalizedText[]>();
        var kind = KebabCodes.Parse<ReviewOutcomeKind>(request.Outcome);
        if (kind is null)
        {
            errors["outcome"] = [new("審查結果須為 continues、continues-with-conditions 或 funding-ends。", "The outcome is continues, continues-with-conditions or funding-ends.")];
        }

        var conditions = string.IsNullOrWhiteSpace(request.Conditions) ? null : request.Conditions.Trim();
        if (kind is { } k && ReviewOutcomes.TakesConditions(k) && conditions is null)
        {
            errors["conditions"] = [new("有條件通過須寫明條件。", "Continuing with conditions needs the conditions.")];
        }
        else if (kind is { } other && !ReviewOutcomes.TakesConditions(other) && conditions is not null)
        {
            errors["conditions"] = [new("只有有條件通過才附條件。", "Only continues-with-conditions carries conditions.")];
        }

        if (string.IsNullOrWhiteSpace(request.Comments))
        {
            errors["comments"] = [new("請填寫審查意見。", "The reviewers' comments are required.")];
        }

        return errors.Count == 0 ? (kind!.Value, conditions, request.Comments!.Trim()) : throw new DomainException(ErrorCode.Invalid, errors.First().Value[0], errors);
    }

    public static DomainException AlreadyConfirmed() =>
        new DomainException(ErrorCode.Conflict, new("此審查結果已確認。", "This outcome is confirmed already."),
            new Dictionary<string, LocalizedText[]>()) { Rule = AlreadyConfirmedCode };
}
