using System.Globalization;
using Alliance.Gateway.Web.Text;

namespace Alliance.Gateway.Web.Programme;

/// <summary>
/// What a flag needs to clear, in words, from the API's <c>clears</c> and figures: money in 仟元 (half away from zero), members
/// in 家. The reason itself comes from the API in the page's language; this says what the alliance can still do about it.
/// </summary>
public static class FlagTexts
{
    private static readonly Phrase RevenueAbove = new("營運收入須高於補助款 {0} 仟元（目前 {1} 仟元）", "operating revenue above the subsidy of {0} thousand NTD (now {1})");
    private static readonly Phrase GrowthAbove = new("營運收入須高於去年同期 {0} 仟元（目前 {1} 仟元）", "operating revenue above last year's {0} thousand NTD over the same dates (now {1})");
    private static readonly Phrase MembersAtLeast = new("有效廠商會員須達 {0} 家（目前 {1} 家，尚差 {2} 家）", "{0} effective firm members (now {1}, {2} short)");
    private static readonly Phrase FigureAbove = new("須高於 {0}（目前 {1}）", "above {0} (now {1})");
    private static readonly Phrase FigureAtLeast = new("須達 {0}（目前 {1}）", "at least {0} (now {1})");
    private static readonly Phrase CentreClears = new("由工程中心確認改善後解除", "the centre clears it once improved");

    public static string Clears(FlagRow flag)
    {
        var (actual, threshold) = (flag.Actual ?? 0m, flag.Threshold ?? 0m);
        return (flag.Code, flag.Clears) switch
        {
            (_, "centre-clears") => CentreClears,
            ("not-self-sufficient", _) => RevenueAbove.With(DisplayMoney.ThousandNtd(threshold), DisplayMoney.ThousandNtd(actual)),
            ("revenue-not-growing", _) => GrowthAbove.With(DisplayMoney.ThousandNtd(threshold), DisplayMoney.ThousandNtd(actual)),
            ("members-below-target", _) => MembersAtLeast.With(Count(threshold), Count(actual), Count(Math.Max(threshold - actual, 0m))),
            (_, "at-least") => FigureAtLeast.With(Count(threshold), Count(actual)),
            _ => FigureAbove.With(Count(threshold), Count(actual)),
        };
    }

    private static string Count(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
