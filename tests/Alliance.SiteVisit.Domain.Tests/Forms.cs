using System.Globalization;

namespace Alliance.SiteVisit.Domain.Tests;

/// <summary>
/// Builds rule inputs from compact test rows. A form's scores: five values in the form's order, <c>-</c> for an
/// open one (<c>"5,4,-,3,2"</c>); scores as sent: <c>point=score</c> pairs in the order sent (<c>"public-showing=4;time-split=-"</c>).
/// Rankings: <c>CODE:total,total</c> per alliance, separated by <c>;</c>. Expected refusals read <c>"code@field"</c>.
/// </summary>
internal static class Forms
{
    public static readonly ProgrammeYear Year108 = ProgrammeYear.Create(108);

    public static string Kebab(ReviewPoint point) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(point.ToString());

    public static ReviewPoint Point(string code) => Enum.GetValues<ReviewPoint>().Single(p => Kebab(p) == code);

    public static PointScore[] Arranged(string scores) =>
        scores.Split(',').Select((s, i) => new PointScore(ReviewPoints.All[i], Score(s), null)).ToArray();

    public static PointScore[] Sent(string scores) =>
        scores.Length == 0
            ? []
            : scores.Split(';').Select(pair => pair.Split('=')).Select(p => new PointScore(Point(p[0]), Score(p[1]), null)).ToArray();

    public static int? Score(string text) => text == "-" ? null : int.Parse(text, CultureInfo.InvariantCulture);

    public static IReadOnlyList<int> Whole(string scores) => scores.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();

    public static RankCandidate[] Candidates(string rows) =>
        rows.Split(';').Select(row => row.Split(':')).Select(r => new RankCandidate(IdOf(r[0]), r[0],
            r[1].Length == 0 ? [] : r[1].Split(',').Select(t => int.Parse(t, CultureInfo.InvariantCulture)).ToArray())).ToArray();

    /// <summary>A stable id per alliance code, so rows can name alliances by code alone.</summary>
    public static Guid IdOf(string code) => new(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(code)));

    public static string Outcome(RuleBreach? breach) => breach is null ? "ok" : $"{breach.Code}@{breach.Field}";
}
