using System.Text.Json;
using Alliance.Reporting.Domain;
using Alliance.ServiceDefaults.Input;
using Alliance.ServiceDefaults.Problems;

namespace Alliance.Reporting.Api.Apis;

/// <summary>
/// Targets as the API and the database write them: an object keyed by KPI code, <c>firm-members</c> the breakdown
/// object and every other KPI a number (amounts exact NTD to the cent, counts whole numbers, all 0 or more). A KPI
/// left out or null has no target yet. Reading names each broken field (<c>targets.patents</c>,
/// <c>targets.firm-members.north</c>) in one 400.
/// </summary>
internal static class TargetValuesJson
{
    /// <summary>The most a count target may be.</summary>
    public const int MaxCount = 1_000_000_000;

    private static readonly string[] BreakdownParts = ["total", "paid", "free", "north", "central", "south", "east", "islandsAndOverseas"];

    private static readonly LocalizedText NotAKpi = new(
        "不是可設定目標值的指標代碼（營運收入與自給率由其他指標計算，不另設目標）。",
        "Not the code of a KPI with a target (operating revenue and the self-sufficiency ratio follow from other rows).");

    private static readonly LocalizedText NotACount = new($"須為 0 至 {MaxCount:#,0} 的整數。", $"Must be a whole number from 0 to {MaxCount:#,0}.");

    private static readonly LocalizedText NotAnAmount = new("須為 0 以上的金額（新臺幣元，最多到分）。", "Must be an amount of 0 or more (NTD, to the cent).");

    private static readonly LocalizedText NotABreakdown = new(
        "廠商會員目標須為物件：total、paid、free、north、central、south、east、islandsAndOverseas。",
        "The firm-member target is an object: total, paid, free, north, central, south, east, islandsAndOverseas.");

    /// <summary>Reads a request's targets; null reads as none. 400 naming every broken field.</summary>
    public static TargetValues Read(IReadOnlyDictionary<string, JsonElement>? targets, string field = "targets")
    {
        var errors = new Dictionary<string, LocalizedText[]>();
        var values = Read(targets, field, errors);
        return errors.Count == 0 ? values : throw new DomainException(ErrorCode.Invalid, InputMessages.Title, errors);
    }

    /// <summary>Reads targets stored by <see cref="Write"/>.</summary>
    public static TargetValues ReadStored(string json) =>
        Read(JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json), "targets");

    /// <summary>The targets as the API shows them: KPI code to the breakdown object or the number, in the summary's order, missing ones left out.</summary>
    public static Dictionary<string, object> Shown(TargetValues values)
    {
        var shown = new Dictionary<string, object>();
        foreach (var kpi in TargetKpis.All)
        {
            if (kpi == TargetKpi.FirmMembers && values.FirmMembers is { } firm)
            {
                shown[TargetKpis.Code(kpi)] = firm;
            }
            else if (values.Figures.TryGetValue(kpi, out var figure))
            {
                shown[TargetKpis.Code(kpi)] = figure;
            }
        }

        return shown;
    }

    public static string Write(TargetValues values) => JsonSerializer.Serialize(Shown(values), JsonSerializerOptions.Web);

    private static TargetValues Read(IReadOnlyDictionary<string, JsonElement>? targets, string field, Dictionary<string, LocalizedText[]> errors)
    {
        FirmMemberTarget? firm = null;
        var figures = new Dictionary<TargetKpi, decimal>();
        foreach (var (code, value) in targets ?? new Dictionary<string, JsonElement>())
        {
            if (!TargetKpis.TryParse(code, out var kpi))
            {
                // The caller's own key is repeated only when it could be one of ours.
                errors[code.Length <= 40 && code.All(c => char.IsAsciiLetterLower(c) || c == '-') ? $"{field}.{code}" : field] = [NotAKpi];
                continue;
            }

            if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
            {
                continue;
            }

            var at = $"{field}.{code}";
            switch (TargetKpis.UnitOf(kpi))
            {
                case TargetUnit.Breakdown:
                    firm = ReadBreakdown(value, at, errors);
                    break;
                case TargetUnit.Amount when value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var amount)
                                            && amount >= 0 && InputBounds.CheckMoney(amount) is null:
                    figures[kpi] = amount;
                    break;
                case TargetUnit.Count when ReadCount(value) is { } count:
                    figures[kpi] = count;
                    break;
                default:
                    errors[at] = [TargetKpis.UnitOf(kpi) == TargetUnit.Amount ? NotAnAmount : NotACount];
                    break;
            }
        }

        return new TargetValues(firm, figures);
    }

    private static FirmMemberTarget? ReadBreakdown(JsonElement value, string at, Dictionary<string, LocalizedText[]> errors)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            errors[at] = [NotABreakdown];
            return null;
        }

        var parts = new Dictionary<string, int>();
        foreach (var property in value.EnumerateObject())
        {
            if (!BreakdownParts.Contains(property.Name, StringComparer.Ordinal))
            {
                errors[at] = [NotABreakdown];
            }
            else if (ReadCount(property.Value) is { } count)
            {
                parts[property.Name] = count;
            }
            else
            {
                errors[$"{at}.{property.Name}"] = [NotACount];
            }
        }

        foreach (var missing in BreakdownParts.Where(p => !parts.ContainsKey(p) && !errors.ContainsKey($"{at}.{p}")))
        {
            errors[$"{at}.{missing}"] = [InputMessages.Required];
        }

        return parts.Count == BreakdownParts.Length
            ? new FirmMemberTarget(parts["total"], parts["paid"], parts["free"], parts["north"], parts["central"], parts["south"], parts["east"], parts["islandsAndOverseas"])
            : null;
    }

    private static int? ReadCount(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number) && number == decimal.Truncate(number) && number is >= 0 and <= MaxCount
            ? (int)number
            : null;
}
