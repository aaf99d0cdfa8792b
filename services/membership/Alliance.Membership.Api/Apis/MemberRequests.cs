using System.ComponentModel.DataAnnotations;
using Alliance.Membership.Api.Data;
using Alliance.Membership.Domain;
using Alliance.ServiceDefaults.Input;
using Alliance.ServiceDefaults.Problems;

namespace Alliance.Membership.Api.Apis;

public sealed class MemberRequest
{
    [Required, StringLength(200, MinimumLength = 1)]
    public string Name { get; init; } = "";

    [Required]
    public OrganisationKind? OrganisationKind { get; init; }

    /// <summary>統一編號: required for Taiwanese companies and associations, checked by its check digit.</summary>
    public string? RegistrationNumber { get; init; }

    /// <summary>County or city (臺 or 台), required for Taiwanese organisations.</summary>
    public string? County { get; init; }

    /// <summary>Country, required for foreign and mainland-China companies.</summary>
    [StringLength(100)]
    public string? Country { get; init; }

    [StringLength(500)]
    public string? Contact { get; init; }

    /// <summary>The version read: required for a change (400 without it, 409 when no longer current); ignored when adding.</summary>
    public long? Version { get; init; }
}

/// <summary>The member fields after the rules of their own format: normalised, or a 400 naming each bad field.</summary>
internal sealed record CheckedMember(string Name, OrganisationKind Kind, string? RegistrationNumber, string? County, string? Country, string? Contact)
{
    /// <summary>The checked member; throws <see cref="ErrorCode.Invalid"/> (400) naming every bad field.</summary>
    public static CheckedMember From(MemberRequest request)
    {
        var (member, errors) = Check(request);
        return member ?? throw new DomainException(ErrorCode.Invalid, errors.First().Value[0], errors);
    }

    /// <summary>
    /// Every field rule at once, without throwing: the checked member, or null and the errors by
    /// field (camelCase request names). Shared by the JSON endpoints and the sheet import.
    /// </summary>
    public static (CheckedMember? Member, Dictionary<string, LocalizedText[]> Errors) Check(MemberRequest request)
    {
        var errors = new Dictionary<string, LocalizedText[]>();
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            errors["name"] = [new("請填寫名稱。", "The name is required.")];
        }
        else if (request.Name.Trim().Length > 200)
        {
            errors["name"] = [new("名稱最多 200 字。", "The name is at most 200 characters.")];
        }

        if (request.OrganisationKind is not { } kind || !Enum.IsDefined(kind))
        {
            errors["organisationKind"] = [new("請填寫單位類型。", "The kind of organisation is required.")];
            return (null, errors);
        }

        var registration = CheckRegistration(request.RegistrationNumber, kind, errors);
        var foreign = kind is OrganisationKind.ForeignCompany or OrganisationKind.MainlandChinaCompany;
        string? county = null;
        if (foreign && string.IsNullOrWhiteSpace(request.Country))
        {
            errors["country"] = [new("外國或陸資公司請填寫國家。", "A foreign or mainland-China company needs its country.")];
        }
        else if (foreign && request.Country!.Trim().Length > 100)
        {
            errors["country"] = [new("國家最多 100 字。", "The country is at most 100 characters.")];
        }
        else if (!foreign && (kind != OrganisationKind.NaturalPerson || !string.IsNullOrWhiteSpace(request.County)))
        {
            county = Counties.Normalise(request.County);
            if (county is null)
            {
                errors["county"] = [new($"「{request.County}」不是臺灣的縣市。", $"'{request.County}' is not a county or city of Taiwan.")];
            }
        }

        if (request.Contact is { Length: > 500 })
        {
            errors["contact"] = [new("聯絡人最多 500 字。", "The contact is at most 500 characters.")];
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new CheckedMember(request.Name.Trim(), kind, registration, foreign ? null : county,
            foreign ? request.Country!.Trim() : null, string.IsNullOrWhiteSpace(request.Contact) ? null : request.Contact.Trim()), errors);
    }

    private static string? CheckRegistration(string? value, OrganisationKind kind, Dictionary<string, LocalizedText[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (kind is OrganisationKind.TaiwanCompany or OrganisationKind.Association)
            {
                errors["registrationNumber"] = [new("臺灣公司與公協會須填寫統一編號。", "Taiwanese companies and associations need their registration number.")];
            }

            return null;
        }

        if (Alliance.Programme.RegistrationNumber.TryCreate(value.Trim(), out var number, out var reason))
        {
            return number.Value;
        }

        errors["registrationNumber"] = [reason switch
        {
            Alliance.Programme.RegistrationNumber.BadCheckDigit => new LocalizedText("統一編號的檢查碼不正確。", "The registration number's check digit is wrong."),
            _ => new LocalizedText("統一編號須為 8 位數字。", "The registration number must be 8 digits."),
        }];
        return null;
    }

    public void ApplyTo(Member member)
    {
        member.Name = Name;
        member.Kind = Kind;
        member.RegistrationNumber = RegistrationNumber;
        member.County = County;
        member.Country = Country;
        member.Contact = Contact;
    }
}

public sealed class ContractRequest
{
    [Required]
    public DateOnly? Start { get; init; }

    [Required]
    public DateOnly? End { get; init; }

    public Guid? FeeTierId { get; init; }

    public bool Paid { get; init; }

    /// <summary>The fee in NTD; 0 for a free contract.</summary>
    [Range(typeof(decimal), "0", "999999999999"), Money]
    public decimal Fee { get; init; }

    /// <summary>The version read: required for a change (400 without it, 409 when no longer current); ignored when adding.</summary>
    public long? Version { get; init; }
}

/// <param name="CanEdit">whether membership lets the contract be edited (<see cref="DerivedMembership.RefusalToEdit"/>); the caller's rights aside</param>
public sealed record ContractResponse(Guid Id, DateOnly Start, DateOnly End, Guid? FeeTierId, bool Paid, decimal Fee, string Source, long Version, bool CanEdit)
{
    public static ContractResponse From(MembershipContract c) =>
        new(c.Id, c.Start, c.End, c.FeeTierId, c.Paid, c.Fee, c.Source == ContractSource.CooperationProject ? "cooperation-project" : "contract", c.Version,
            DerivedMembership.RefusalToEdit(c.Source) is null);
}

/// <param name="OrganisationKind">null when the stored kind is unknown (a row stored before the API took names only); correct it with a PUT</param>
/// <param name="MemberKind">null when <paramref name="OrganisationKind"/> is</param>
/// <param name="Derived">whether the membership comes from a cooperation project (<see cref="DerivedMembership.IsDerived"/>)</param>
/// <param name="CanRemove">whether membership lets the member be removed (<see cref="DerivedMembership.RefusalToRemove"/>); the caller's rights aside</param>
public sealed record MemberResponse(
    Guid Id, Guid AllianceId, string Name, OrganisationKind? OrganisationKind, MemberKind? MemberKind, string? RegistrationNumber,
    string? County, string? Country, Region? Region, string? Contact, IReadOnlyList<ContractResponse> Contracts, long Version,
    bool Derived, bool CanRemove)
{
    public static MemberResponse From(Member m) => new(
        m.Id, m.AllianceId, m.Name, m.Kind, m.Kind is { } kind ? MemberClassification.KindOf(kind) : null, m.RegistrationNumber, m.County, m.Country,
        Regions.Of(m.County, m.IsForeign), m.Contact, m.Contracts.OrderBy(c => c.Start).Select(ContractResponse.From).ToArray(), m.Version,
        DerivedMembership.IsDerived(m.Contracts.Select(c => c.Source)), DerivedMembership.RefusalToRemove(m.Contracts.Select(c => c.Source)) is null);
}
