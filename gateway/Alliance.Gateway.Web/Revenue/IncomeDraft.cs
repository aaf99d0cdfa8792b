using Alliance.Gateway.Web.Text;

namespace Alliance.Gateway.Web.Revenue;

/// <summary>
/// An income entry as the form holds it. The category decides which fields are asked for (see
/// <see cref="IncomeCategories.FieldsOf"/>); the counterparty is either a member picked from the alliance's
/// list or a name, registration number, kind and county typed in. <see cref="Body"/> sends only
/// what the category and the counterparty choice ask for, so a field left over from another
/// category never reaches the API.
/// </summary>
public sealed class IncomeDraft
{
    public string Category { get; set; } = IncomeCategories.MembershipFee;
    public bool CounterpartyIsMember { get; set; } = true;
    public string? CounterpartyMemberId { get; set; }
    public string? CounterpartyName { get; set; }
    public string? CounterpartyRegistrationNumber { get; set; }
    public string? CounterpartyKind { get; set; } = "taiwan-company";
    public string? CounterpartyCounty { get; set; }
    public DateOnly? Date { get; set; }
    public decimal Amount { get; set; }
    public string? Reference { get; set; }
    public string? Note { get; set; }
    public string? Nature { get; set; }
    public DateOnly? PeriodStart { get; set; }
    public DateOnly? PeriodEnd { get; set; }
    public bool ConcernsCoreTechnology { get; set; }
    public bool SignedByPi { get; set; }

    public IncomeFields Fields => IncomeCategories.FieldsOf(Category);

    /// <summary>
    /// The entry's fields, to correct it. A stored category, nature or kind the page does not know (the
    /// revenue service's <paramref name="incomes"/> for categories and natures) is not carried over: the
    /// form shows (and sends) what its lists offer, and the user chooses.
    /// </summary>
    public static IncomeDraft From(IncomeRow income, IncomeCatalogue incomes) => new()
    {
        Category = incomes.HoldsCategory(income.Category) ? income.Category : IncomeCategories.MembershipFee,
        CounterpartyIsMember = income.CounterpartyMemberId is not null,
        CounterpartyMemberId = income.CounterpartyMemberId?.ToString(),
        CounterpartyName = income.CounterpartyName,
        CounterpartyRegistrationNumber = income.CounterpartyRegistrationNumber,
        CounterpartyKind = income.CounterpartyKind is { } kind
            ? UiText.OrganisationKinds.Contains(kind) ? kind : null
            : income.CounterpartyMemberId is null && income.Category == IncomeCategories.Other ? null : "taiwan-company",
        CounterpartyCounty = income.CounterpartyCounty,
        Date = income.Date,
        Amount = income.Amount,
        Reference = income.Reference,
        Note = income.Note,
        Nature = incomes.HoldsNature(income.Nature) ? income.Nature : null,
        PeriodStart = income.PeriodStart,
        PeriodEnd = income.PeriodEnd,
        ConcernsCoreTechnology = income.ConcernsCoreTechnology ?? false,
        SignedByPi = income.SignedByPi ?? false,
    };

    /// <summary>The request for programme year <paramref name="year"/>; a correction adds its version and reason.</summary>
    public IncomeBody Body(int year, long? version = null, string? reason = null)
    {
        var fields = Fields;
        var member = CounterpartyIsMember && Guid.TryParse(CounterpartyMemberId, out var id) ? id : (Guid?)null;
        var typed = !CounterpartyIsMember;
        var foreign = UiText.IsForeignKind(CounterpartyKind);
        return new IncomeBody(
            year, Category,
            member,
            typed ? Blank(CounterpartyName) : null,
            typed ? Blank(CounterpartyRegistrationNumber) : null,
            typed ? Blank(CounterpartyKind) : null,
            typed && !foreign ? Blank(CounterpartyCounty) : null,
            Date, Amount, Blank(Reference), Blank(Note),
            fields.HasFlag(IncomeFields.Nature) ? Blank(Nature) : null,
            fields.HasFlag(IncomeFields.Period) ? PeriodStart : null,
            fields.HasFlag(IncomeFields.Period) ? PeriodEnd : null,
            fields.HasFlag(IncomeFields.CoreTechnologyAndPi) ? ConcernsCoreTechnology : null,
            fields.HasFlag(IncomeFields.CoreTechnologyAndPi) ? SignedByPi : null,
            version, version is null ? null : Blank(reason));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
