using System.Globalization;
using Alliance.Gateway.Web.Services;
using Alliance.ServiceDefaults;

namespace Alliance.Gateway.Web.Membership;

/// <summary>The membership service's routes, one method each, as the pages use them.</summary>
internal sealed class MembershipClient(ServiceCalls calls)
{
    private const string Service = ResourceNames.Membership;
    private const string Domains = "/api/membership/domains";
    private const string Alliances = "/api/membership/alliances";

    public Task<DomainRow[]> GetDomainsAsync() => calls.GetAsync<DomainRow[]>(Service, Domains);

    public Task<DomainRow> AddDomainAsync(DomainBody body) => calls.PostAsync<DomainRow>(Service, Domains, body);

    public Task<DomainRow> RenameDomainAsync(DomainBody body) =>
        calls.PutAsync<DomainRow>(Service, $"{Domains}/{Uri.EscapeDataString(body.Code)}", body);

    public Task<AllianceRow[]> GetAlliancesAsync() => calls.GetAsync<AllianceRow[]>(Service, Alliances);

    public Task<AllianceRow> GetAllianceAsync(Guid allianceId) => calls.GetAsync<AllianceRow>(Service, Alliance(allianceId));

    public Task<ChangeRow[]> GetAllianceHistoryAsync(Guid allianceId) => calls.GetAsync<ChangeRow[]>(Service, $"{Alliance(allianceId)}/history");

    public Task<AllianceRow> RegisterAllianceAsync(AllianceBody body) => calls.PostAsync<AllianceRow>(Service, Alliances, body);

    public Task<AllianceRow> ChangeAllianceAsync(Guid allianceId, AllianceBody body) => calls.PutAsync<AllianceRow>(Service, Alliance(allianceId), body);

    public Task<AllianceRow> TerminateAllianceAsync(Guid allianceId, TerminateBody body) =>
        calls.PostAsync<AllianceRow>(Service, $"{Alliance(allianceId)}/terminate", body);

    public Task<FeeTierRow[]> GetFeeTiersAsync(Guid allianceId) => calls.GetAsync<FeeTierRow[]>(Service, FeeTiers(allianceId));

    public Task<FeeTierRow> AddFeeTierAsync(Guid allianceId, FeeTierBody body) => calls.PostAsync<FeeTierRow>(Service, FeeTiers(allianceId), body);

    public Task<FeeTierRow> ChangeFeeTierAsync(Guid allianceId, Guid tierId, FeeTierBody body) =>
        calls.PutAsync<FeeTierRow>(Service, $"{FeeTiers(allianceId)}/{tierId}", body);

    public Task<MemberRow[]> GetMembersAsync(Guid allianceId) => calls.GetAsync<MemberRow[]>(Service, Members(allianceId));

    public Task<MemberSummaryRow> GetMemberSummaryAsync(Guid allianceId, int year) =>
        calls.GetAsync<MemberSummaryRow>(Service, $"{Alliance(allianceId)}/member-summary?year={year.ToString(CultureInfo.InvariantCulture)}");

    public Task<MemberRow> AddMemberAsync(Guid allianceId, MemberBody body) => calls.PostAsync<MemberRow>(Service, Members(allianceId), body);

    public Task<SheetAnswer<ImportAnswer>> ImportMembersAsync(Guid allianceId, string fileName, byte[] workbook) =>
        calls.PostSheetAsync<ImportAnswer>(Service, $"{Members(allianceId)}/import", "file", fileName, workbook);

    public Task<MemberRow> GetMemberAsync(Guid allianceId, Guid memberId) => calls.GetAsync<MemberRow>(Service, Member(allianceId, memberId));

    public Task<ChangeRow[]> GetMemberHistoryAsync(Guid allianceId, Guid memberId) =>
        calls.GetAsync<ChangeRow[]>(Service, $"{Member(allianceId, memberId)}/history");

    public Task<MemberRow> ChangeMemberAsync(Guid allianceId, Guid memberId, MemberBody body) =>
        calls.PutAsync<MemberRow>(Service, Member(allianceId, memberId), body);

    /// <summary>Removes a member entered by mistake; <paramref name="version"/> is the one read.</summary>
    public Task<bool> RemoveMemberAsync(Guid allianceId, Guid memberId, long version) =>
        calls.DeleteAsync(Service, $"{Member(allianceId, memberId)}?version={version.ToString(CultureInfo.InvariantCulture)}");

    public Task<ContractRow> AddContractAsync(Guid allianceId, Guid memberId, ContractBody body) =>
        calls.PostAsync<ContractRow>(Service, $"{Member(allianceId, memberId)}/contracts", body);

    public Task<ContractRow> ChangeContractAsync(Guid allianceId, Guid memberId, Guid contractId, ContractBody body) =>
        calls.PutAsync<ContractRow>(Service, $"{Member(allianceId, memberId)}/contracts/{contractId}", body);

    public Task<ChangeRow[]> GetContractHistoryAsync(Guid allianceId, Guid memberId, Guid contractId) =>
        calls.GetAsync<ChangeRow[]>(Service, $"{Member(allianceId, memberId)}/contracts/{contractId}/history");

    /// <summary>The members sheet of <paramref name="year"/>, as the browser downloads it through the gateway.</summary>
    public static string MembersExportHref(Guid allianceId, int year) =>
        $"{Members(allianceId)}/export?year={year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The empty import sheet, as the browser downloads it through the gateway.</summary>
    public static string ImportTemplateHref(Guid allianceId) => $"{Members(allianceId)}/import-template";

    private static string Alliance(Guid allianceId) => $"{Alliances}/{allianceId}";

    private static string FeeTiers(Guid allianceId) => $"{Alliance(allianceId)}/fee-tiers";

    private static string Members(Guid allianceId) => $"{Alliance(allianceId)}/members";

    private static string Member(Guid allianceId, Guid memberId) => $"{Members(allianceId)}/{memberId}";
}
