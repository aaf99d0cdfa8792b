using Alliance.Membership.Api.Data;
using Alliance.Membership.Domain;

namespace Alliance.Membership.Api.Apis.Sheets;

/// <summary>
/// The export's rows: one per contract (a member without one gets one row), with the member's
/// classification for the year repeated on each of its rows.
/// </summary>
internal static class MemberExportRows
{
    public const string MemberKind = "會員類別 memberKind";
    public const string EffectiveFirmMember = "有效廠商會員 effectiveFirmMember";
    public const string PaidAtCutoff = "基準日收費 paidAtCutoff";
    public const string Region = "區域 region";
    public const string Reasons = "未計入原因 reasons";

    public static IEnumerable<IDictionary<string, object?>> Of(IEnumerable<Member> members, IReadOnlyDictionary<Guid, string> tierNames, ProgrammeYear year)
    {
        foreach (var member in members)
        {
            // A member whose stored kind is unknown is exported as it is, with the reason and no classification.
            MemberKind? kind = member.Kind is { } organisationKind ? MemberClassification.KindOf(organisationKind) : null;
            var standing = kind is { } known ? Membership.Domain.Membership.Evaluate(known, member.Contracts.Select(c => c.Term).ToArray(), year) : null;
            var region = Regions.Of(member.County, member.IsForeign);
            var contracts = member.Contracts.OrderBy(c => c.Start).Select(c => (MembershipContract?)c).DefaultIfEmpty();
            foreach (var contract in contracts)
            {
                yield return new Dictionary<string, object?>
                {
                    [Header(SheetColumns.Name)] = member.Name,
                    [Header(SheetColumns.Kind)] = member.Kind is { } stored ? OrganisationKinds.ApiName(stored) : null,
                    [Header(SheetColumns.RegistrationNumber)] = member.RegistrationNumber,
                    [Header(SheetColumns.County)] = member.County,
                    [Header(SheetColumns.Country)] = member.Country,
                    [Header(SheetColumns.Contact)] = member.Contact,
                    [Header(SheetColumns.ContractStart)] = contract?.Start,
                    [Header(SheetColumns.ContractEnd)] = contract?.End,
                    [Header(SheetColumns.Tier)] = contract?.FeeTierId is { } tierId ? tierNames.GetValueOrDefault(tierId) : null,
                    [Header(SheetColumns.Paid)] = contract is null ? null : YesNo(contract.Paid),
                    [Header(SheetColumns.Fee)] = contract?.Fee,
                    [MemberKind] = kind is { } k ? $"{k.ToString().ToLowerInvariant()} {SheetColumns.ChineseName(k)}" : null,
                    [EffectiveFirmMember] = YesNo(standing?.IsEffectiveFirmMember ?? false),
                    [PaidAtCutoff] = YesNo(standing?.Paid ?? false),
                    [Region] = region is { } r ? RegionText(r) : null,
                    [Reasons] = standing is null
                        ? $"{MemberSummaryApi.UnknownKind} 單位類型無法辨識，請更正"
                        : string.Join("；", standing.Reasons.Select(reason => $"{StandingReasons.Code(reason)} {ReasonText(reason)}")),
                };
            }
        }
    }

    private static string Header(string key) => SheetColumns.All.Single(c => c.Key == key).Header;

    private static string YesNo(bool value) => value ? "是" : "否";

    private static string RegionText(Alliance.Programme.Region region) => region switch
    {
        Alliance.Programme.Region.North => "north 北部",
        Alliance.Programme.Region.Central => "central 中部",
        Alliance.Programme.Region.South => "south 南部",
        Alliance.Programme.Region.East => "east 東部",
        _ => "islands-and-overseas 離島及海外",
    };

    private static string ReasonText(StandingReason reason) => reason switch
    {
        StandingReason.NotAFirm => "非廠商會員（個人或其它會員）",
        StandingReason.NoContract => "無合約",
        StandingReason.ContractEndsBeforeCutoff => "合約於基準日前到期",
        _ => "合約於基準日後才開始",
    };
}
