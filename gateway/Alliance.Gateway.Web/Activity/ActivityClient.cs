using System.Globalization;
using Alliance.Gateway.Web.Membership;
using Alliance.Gateway.Web.Services;
using Alliance.ServiceDefaults;

namespace Alliance.Gateway.Web.Activity;

/// <summary>The activity service's routes, one method each, as the pages use them.</summary>
internal sealed class ActivityClient(ServiceCalls calls)
{
    private const string Service = ResourceNames.Activity;
    private const string Alliances = "/api/activity/alliances";

    /// <summary>The records of one kind for a year; <paramref name="kind"/> (events and outcomes) narrows them to one kind.</summary>
    public Task<ActivityRow[]> GetRecordsAsync(Guid allianceId, RecordKind record, int year, string? kind) =>
        calls.GetAsync<ActivityRow[]>(Service, $"{Records(allianceId, record)}{ListQuery(year, kind)}");

    public Task<ActivityRow> GetRecordAsync(Guid allianceId, RecordKind record, Guid id) => calls.GetAsync<ActivityRow>(Service, Record(allianceId, record, id));

    /// <summary>Records an event, a consultation, a guidance or an outcome; <paramref name="body"/> is the kind's body (<see cref="ActivityDraft.Body"/>).</summary>
    public Task<ActivityRow> RecordAsync(Guid allianceId, RecordKind record, object body) => calls.PostAsync<ActivityRow>(Service, Records(allianceId, record), body);

    public Task<ActivityRow> CorrectAsync(Guid allianceId, RecordKind record, Guid id, object body) =>
        calls.PutAsync<ActivityRow>(Service, Record(allianceId, record, id), body);

    public Task<ActivityRow> VoidAsync(Guid allianceId, RecordKind record, Guid id, VoidActivityBody body) =>
        calls.PostAsync<ActivityRow>(Service, $"{Record(allianceId, record, id)}/void", body);

    public Task<ChangeRow[]> GetHistoryAsync(Guid allianceId, RecordKind record, Guid id) =>
        calls.GetAsync<ChangeRow[]>(Service, $"{Record(allianceId, record, id)}/history");

    public Task<ActivitySummaryRow> GetSummaryAsync(Guid allianceId, int year, DateOnly? from, DateOnly? to) =>
        calls.GetAsync<ActivitySummaryRow>(Service, $"{Alliances}/{allianceId}/summary{ActivityLinks.Query(year, null, null, from, to)}");

    private static string ListQuery(int year, string? kind) =>
        $"?year={year.ToString(CultureInfo.InvariantCulture)}{(string.IsNullOrEmpty(kind) ? "" : $"&kind={Uri.EscapeDataString(kind)}")}";

    private static string Records(Guid allianceId, RecordKind record) => $"{Alliances}/{allianceId}/{RecordKinds.Segment(record)}";

    private static string Record(Guid allianceId, RecordKind record, Guid id) => $"{Records(allianceId, record)}/{id}";
}
