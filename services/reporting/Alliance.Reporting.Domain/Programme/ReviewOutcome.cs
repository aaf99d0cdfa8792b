namespace Alliance.Reporting.Domain.Programme;

/// <summary>The mid-term review's outcome (期中審查結果) for an alliance's year; codes are the kebab-case names.</summary>
public enum ReviewOutcomeKind
{
    /// <summary><c>continues</c>.</summary>
    Continues,

    /// <summary><c>continues-with-conditions</c>: the conditions are required.</summary>
    ContinuesWithConditions,

    /// <summary><c>funding-ends</c>.</summary>
    FundingEnds,
}

/// <summary>The rules of a review outcome: which needs conditions, and when the alliance may see it.</summary>
public static class ReviewOutcomes
{
    /// <summary>Whether the outcome must carry conditions; only continues-with-conditions may, and must.</summary>
    public static bool TakesConditions(ReviewOutcomeKind outcome) => outcome == ReviewOutcomeKind.ContinuesWithConditions;

    /// <summary>
    /// Whether the alliance sees the outcome at <paramref name="now"/>: only once an officer confirmed it, and from the year's
    /// <c>review-results</c> date on (that whole day in Taiwan, the calendar's date; the end of January by default).
    /// </summary>
    public static bool IsPublished(bool confirmed, DateOnly reviewResults, DateTimeOffset now) =>
        confirmed && Punctuality.TaiwanDateOf(now) >= reviewResults;
}
