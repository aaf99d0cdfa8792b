using System.Globalization;
using Alliance.Reporting.Domain.Programme;
using Alliance.ServiceDefaults.Problems;

namespace Alliance.Reporting.Api.Apis;

/// <summary>What the programme views say, in both languages: the flags' reasons and the refusals.</summary>
internal static class ProgrammeMessages
{
    public static readonly LocalizedText UnknownFlag = new(
        "旗標須為 not-self-sufficient、revenue-not-growing、members-below-target 或 abnormal。",
        "The flag is not-self-sufficient, revenue-not-growing, members-below-target or abnormal.");

    public static readonly LocalizedText UnknownStatus = new(
        "狀態須為 not-started、draft、submitted、reopened 或 audited。", "The status is not-started, draft, submitted, reopened or audited.");

    /// <summary>Why the flag is raised and what clears it, with its figures.</summary>
    public static LocalizedText ReasonOf(RaisedFlag flag, DateOnly asOf)
    {
        var actual = Amount(flag.Actual);
        var threshold = Amount(flag.Threshold);
        return flag.Flag switch
        {
            ProgrammeFlag.NotSelfSufficient => new(
                $"第二期第三年營運收入 {actual} 元未高於補助款 {threshold} 元；須高於補助款。",
                $"In phase 2, year 3, operating revenue NT${actual} is not above the subsidy NT${threshold}; it must exceed the subsidy."),
            ProgrammeFlag.RevenueNotGrowing => new(
                $"截至 {RocDate(asOf)} 營運收入 {actual} 元未高於去年同期 {threshold} 元；須高於去年同期。",
                $"Operating revenue through {asOf:yyyy-MM-dd}, NT${actual}, is not above last year's over the same dates, NT${threshold}; it must exceed it."),
            ProgrammeFlag.MembersBelowTarget => new(
                $"有效廠商會員 {actual} 家，低於目標 {threshold} 家；須達到目標。",
                $"{actual} effective firm members, below the target of {threshold}; it must reach the target."),
            _ => new($"實地查訪列為異常：{flag.Reason}（由工程中心解除）。", $"Flagged abnormal at site visits: {flag.Reason} (the centre clears it)."),
        };
    }

    private static string Amount(decimal? value) => value?.ToString("#,0.##", CultureInfo.InvariantCulture) ?? "";

    private static string RocDate(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year - ProgrammeYear.RocOffset}/{date:MM/dd}");
}
