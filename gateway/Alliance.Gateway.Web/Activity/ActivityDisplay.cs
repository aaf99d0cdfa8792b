using System.Globalization;
using Alliance.Gateway.Web.Membership;
using Alliance.Gateway.Web.Text;

namespace Alliance.Gateway.Web.Activity;

/// <summary>How the pages show a record's member and its measure (attendees, hours, people, amount or patent).</summary>
public static class ActivityDisplay
{
    /// <summary>The member's name: as the activity service states it, else as membership does, else nothing.</summary>
    public static string? MemberName(ActivityRow row, IEnumerable<MemberRow> members) =>
        row.MemberName ?? members.FirstOrDefault(m => m.Id == row.MemberId)?.Name;

    /// <summary>The members records name that membership no longer lists: removed from the alliance.</summary>
    public static IReadOnlyList<(Guid Id, string Name)> RemovedMembers(IEnumerable<ActivityRow> rows, IEnumerable<MemberRow> members)
    {
        var current = members.Select(m => m.Id).ToHashSet();
        return rows.Where(r => r.MemberId is { } id && !current.Contains(id) && !string.IsNullOrWhiteSpace(r.MemberName))
            .Select(r => (r.MemberId!.Value, r.MemberName!)).DistinctBy(r => r.Item1).ToArray();
    }

    /// <summary>The figure a record adds: attendees (of whom from firms), hours, people, the amount in 仟元 or the patent's number and country.</summary>
    public static string Measure(RecordKind record, ActivityRow row) => record switch
    {
        RecordKind.Events => row.FirmAttendees is { } firms ? $"{Number(row.Attendees)}（{Number(firms)}）" : Number(row.Attendees),
        RecordKind.Consultations or RecordKind.Guidance => Number(row.Hours),
        _ => RecordKinds.FieldsOf(row.Kind) switch
        {
            OutcomeFields.People => Number(row.People),
            OutcomeFields.Amount => row.Amount is { } ntd ? $"{DisplayMoney.ThousandNtd(ntd)} {UiText.ThousandNtdUnit}" : "",
            OutcomeFields.Patent => string.Join(" · ", new[] { row.PatentNumber, row.Country }.Where(p => !string.IsNullOrWhiteSpace(p))),
            _ => "",
        },
    };

    private static string Number(decimal? value) => value?.ToString("#,##0.##", CultureInfo.InvariantCulture) ?? "";
}
