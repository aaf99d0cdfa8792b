using Alliance.Programme;

namespace Alliance.Demo.Plan;

/// <summary>An alliance flagged abnormal (異常) with its reason, and the case counselling (個案輔導) the centre held with it.</summary>
public sealed record DemoAbnormal(string AllianceCode, string Reason, DateOnly CounsellingDate, string Notes, string Recommendations)
{
    /// <summary>
    /// The last alliance of the programme (never the demo PI's, whose are the first of the first domains), counselled
    /// on 16 March, or on the year's first day while 16 March is still to come.
    /// </summary>
    public static DemoAbnormal Drawn(IReadOnlyList<DemoAlliance> alliances, ProgrammeYear year, DateOnly today)
    {
        var day = new DateOnly(year.Gregorian, 3, 16);
        return new DemoAbnormal(alliances[^1].Code, "會員數連續兩季未達目標值，收入來源集中於單一會員。",
            day < today ? day : year.Start,
            "與計畫主持人及助理訪談，檢視會員招募與收費方案。", "擬定會員招募計畫，每月回報進度；下次訪視前完成收入來源多元化規劃。");
    }
}
