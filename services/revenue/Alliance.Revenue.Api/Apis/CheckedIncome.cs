using Alliance.Messaging.Roster.Members;
using Alliance.Revenue.Api.Data;
using Alliance.Revenue.Domain;
using Alliance.ServiceDefaults.Input;
using Alliance.ServiceDefaults.Problems;

namespace Alliance.Revenue.Api.Apis;

/// <summary>The income fields after the rules of their own format: normalised, or a 400 naming each bad field.</summary>
internal sealed record CheckedIncome(
    ProgrammeYear Year, IncomeCategory Category, Guid? MemberId, string? Name, string? RegistrationNumber, OrganisationKind? Kind, string? County,
    DateOnly Date, decimal Amount, string? Reference, string? Note, IncomeNature? Nature, DateRange? Period, bool? ConcernsCoreTechnology, bool? SignedByPi)
{
    /// <summary>The checked entry; throws <see cref="ErrorCode.Invalid"/> (400) naming every bad field.</summary>
    public static CheckedIncome From(IncomeRequest request)
    {
        var errors = new Dictionary<string, LocalizedText[]>();
        void Error(string field, string zh, string en) => errors[field] = [new LocalizedText(zh, en)];

        ProgrammeYear year = default;
        if (request.Year is not { } roc || !ProgrammeYear.TryCreate(roc, out year))
        {
            Error("year", $"請填寫年度（民國 {ProgrammeYear.MinRoc}–{ProgrammeYear.MaxRoc} 年）。", $"The programme year (ROC {ProgrammeYear.MinRoc}–{ProgrammeYear.MaxRoc}) is required.");
        }

        if (request.Category is null)
        {
            Error("category", "請選擇收入類別。", "The category is required.");
        }

        // A number given for an enum binds to a value no name has; stored, no page could show it.
        Known(request.Category, "category", Error);
        Known(request.Nature, "nature", Error);
        Known(request.CounterpartyKind, "counterpartyKind", Error);

        if (request.Date is null)
        {
            Error("date", "請填寫日期。", "The date is required.");
        }

        if (request.Amount is not > 0)
        {
            Error("amount", "金額須大於 0。", "The amount must be above 0.");
        }

        var (name, registration, county) = CheckCounterparty(request, Error);
        var category = request.Category;
        if (category == IncomeCategory.Other && request.Nature is null)
        {
            Error("nature", "其它收入須選擇性質。", "Other income needs its nature.");
        }

        DateRange? period = null;
        if (category == IncomeCategory.IndustryAcademiaCooperation)
        {
            period = CheckCooperation(request, Error);
        }

        if (errors.Count > 0)
        {
            throw new DomainException(ErrorCode.Invalid, errors.First().Value[0], errors);
        }

        var cooperation = category == IncomeCategory.IndustryAcademiaCooperation;
        return new CheckedIncome(year, category!.Value, request.CounterpartyMemberId, name, registration,
            request.CounterpartyMemberId is null ? request.CounterpartyKind : null, county, request.Date!.Value, request.Amount!.Value,
            Trimmed(request.Reference), Trimmed(request.Note), category == IncomeCategory.Other ? request.Nature : null,
            period, cooperation ? request.ConcernsCoreTechnology : null, cooperation ? request.SignedByPi : null);
    }

    private static (string? Name, string? Registration, string? County) CheckCounterparty(IncomeRequest request, Action<string, string, string> error)
    {
        var name = Trimmed(request.CounterpartyName);
        if (request.CounterpartyMemberId is null)
        {
            if (name is null)
            {
                error("counterpartyName", "請選擇會員或填寫對象名稱。", "Choose a member or give the counterparty's name.");
            }

            if (request.CounterpartyKind is null && (request.Category is not { } category || IncomeCategories.NeedsCounterpartyKind(category)))
            {
                error("counterpartyKind", "請填寫對象的單位類型。", "The counterparty's kind of organisation is required.");
            }
        }

        string? registration = null;
        if (Trimmed(request.CounterpartyRegistrationNumber) is { } number)
        {
            if (Alliance.Programme.RegistrationNumber.TryCreate(number, out var valid, out var reason))
            {
                registration = valid.Value;
            }
            else
            {
                error("counterpartyRegistrationNumber",
                    reason == Alliance.Programme.RegistrationNumber.BadCheckDigit ? "統一編號的檢查碼不正確。" : "統一編號須為 8 位數字。",
                    reason == Alliance.Programme.RegistrationNumber.BadCheckDigit ? "The registration number's check digit is wrong." : "The registration number must be 8 digits.");
            }
        }

        string? county = null;
        if (Trimmed(request.CounterpartyCounty) is { } given)
        {
            county = Counties.Normalise(given);
            if (county is null)
            {
                error("counterpartyCounty", $"「{given}」不是臺灣的縣市。", $"'{given}' is not a county or city of Taiwan.");
            }
        }

        return (name, registration, county);
    }

    private static DateRange? CheckCooperation(IncomeRequest request, Action<string, string, string> error)
    {
        if (request.ConcernsCoreTechnology is null)
        {
            error("concernsCoreTechnology", "產學合作須說明是否與核心技術相關。", "Say whether the cooperation concerns the core technology.");
        }

        if (request.SignedByPi is null)
        {
            error("signedByPi", "產學合作須說明是否由計畫主持人簽約。", "Say whether the PI signed the cooperation.");
        }

        if (request.PeriodStart is not { } start || request.PeriodEnd is not { } end)
        {
            error("periodStart", "產學合作須填寫計畫期間。", "A cooperation project needs its period.");
            return null;
        }

        if (end < start)
        {
            error("periodEnd", "計畫結束日不能早於開始日。", "The project cannot end before it starts.");
            return null;
        }

        return DateRange.Create(start, end);
    }

    private static void Known<TEnum>(TEnum? value, string field, Action<string, string, string> error) where TEnum : struct, Enum
    {
        if (value is { } given && !Enum.IsDefined(given))
        {
            var allowed = string.Join(", ", Enum.GetValues<TEnum>().Select(KebabNames.Of));
            error(field, $"不是可用的值（{allowed}）。", $"Not one of {allowed}.");
        }
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Writes the fields onto the entry; a named member's details are filled from its copy, when known.</summary>
    public void ApplyTo(IncomeEntry entry, RosterMember? member)
    {
        entry.Year = Year.Roc;
        entry.Category = Category;
        entry.CounterpartyMemberId = MemberId;
        entry.CounterpartyName = Name;
        entry.CounterpartyRegistrationNumber = RegistrationNumber;
        entry.CounterpartyKind = Kind;
        entry.CounterpartyCounty = County;
        entry.Date = Date;
        entry.Amount = Amount;
        entry.Reference = Reference;
        entry.Note = Note;
        entry.Nature = Nature;
        entry.PeriodStart = Period?.Start;
        entry.PeriodEnd = Period?.End;
        entry.ConcernsCoreTechnology = ConcernsCoreTechnology;
        entry.SignedByPi = SignedByPi;
        if (member is not null)
        {
            IncomeEvaluation.CopyCounterparty(entry, member);
        }
    }
}
