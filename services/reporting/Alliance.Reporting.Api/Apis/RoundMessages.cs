using Alliance.Reporting.Domain;
using Alliance.ServiceDefaults.Problems;

namespace Alliance.Reporting.Api.Apis;

/// <summary>What a round's report says when it refuses, in both languages.</summary>
internal static class RoundMessages
{
    public static readonly LocalizedText PiOnly = new("只有聯盟的計畫主持人可以確認送出。", "Only the alliance's PI may confirm and submit its report.");

    public static readonly LocalizedText UnknownRow = new("成果綜整表沒有這一列（指標代碼）。", "The summary table has no row with this KPI code.");

    public static LocalizedText Lifecycle(string code) => code switch
    {
        RoundLifecycle.AlreadySubmittedCode => new(
            "此期報告已送出，待工程中心查核；除非工程中心退回補件，不能再修改或送出。",
            "The report is submitted and awaits the centre's audit; it changes no more unless the centre reopens it."),
        RoundLifecycle.AuditedCode => new("此期報告已查核完成，不能再修改。", "The report is audited; it no longer changes."),
        _ => new("此期報告尚未送出，沒有可查核或退回補件的內容。", "The report is not submitted; there is nothing to audit or reopen."),
    };

    public static DomainException Refused(string code) =>
        new(ErrorCode.Conflict, Lifecycle(code), new Dictionary<string, LocalizedText[]> { ["status"] = [Lifecycle(code)] }) { Rule = code };

    public static DomainException NoSuchVersion(int number) =>
        DomainException.NotFound(new($"此期報告沒有第 {number} 版。", $"The report has no submission version {number}."));
}
