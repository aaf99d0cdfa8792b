using Alliance.Membership.Domain;
using Alliance.ServiceDefaults.Problems;

namespace Alliance.Membership.Api.Apis.Sheets;

/// <summary>
/// One sheet row read into the requests the JSON endpoints take: a member and at most one
/// contract. Errors name the sheet's column keys. The member and contract rules themselves are
/// checked afterwards by <see cref="CheckedMember"/> and <see cref="ContractProblems"/>.
/// </summary>
/// <param name="TierName">the fee tier named in the row, resolved by the import</param>
public sealed record MemberRow(MemberRequest Member, ContractRequest? Contract, string? TierName, IReadOnlyDictionary<string, LocalizedText[]> Errors)
{
    /// <summary>Reads a row whose cells are keyed by <see cref="SheetColumns"/> keys; a missing key is a blank cell.</summary>
    public static MemberRow Read(IReadOnlyDictionary<string, object?> cells)
    {
        var errors = new Dictionary<string, LocalizedText[]>();
        object? Cell(string key) => cells.TryGetValue(key, out var value) && !SheetCells.IsBlank(value) ? value : null;

        OrganisationKind? kind = null;
        if (Cell(SheetColumns.Kind) is { } kindCell)
        {
            if (SheetCells.TryKind(kindCell, out var parsed))
            {
                kind = parsed;
            }
            else
            {
                errors[SheetColumns.Kind] = [new($"「{SheetCells.Text(kindCell)}」不是可用的單位類型，請見說明頁。", $"'{SheetCells.Text(kindCell)}' is not a kind of organisation; see the instructions sheet.")];
            }
        }

        var member = new MemberRequest
        {
            Name = SheetCells.Text(Cell(SheetColumns.Name)) ?? "",
            OrganisationKind = kind,
            RegistrationNumber = SheetCells.RegistrationNumber(Cell(SheetColumns.RegistrationNumber)),
            County = SheetCells.Text(Cell(SheetColumns.County)),
            Country = SheetCells.Text(Cell(SheetColumns.Country)),
            Contact = SheetCells.Text(Cell(SheetColumns.Contact)),
        };
        var tierName = SheetCells.Text(Cell(SheetColumns.Tier));
        return new MemberRow(member, ReadContract(Cell, tierName, errors), tierName, errors);
    }

    private static ContractRequest? ReadContract(Func<string, object?> cell, string? tierName, Dictionary<string, LocalizedText[]> errors)
    {
        var startCell = cell(SheetColumns.ContractStart);
        var endCell = cell(SheetColumns.ContractEnd);
        var paidCell = cell(SheetColumns.Paid);
        var feeCell = cell(SheetColumns.Fee);

        var paid = false;
        if (paidCell is not null && !SheetCells.TryPaid(paidCell, out paid))
        {
            errors[SheetColumns.Paid] = [new("收費請填 是 或 否。", "Paid must be yes or no (是/否).")];
        }

        var fee = 0m;
        if (feeCell is not null && !SheetCells.TryFee(feeCell, out fee))
        {
            errors[SheetColumns.Fee] = [new("會費須為不小於 0 的金額（新臺幣元，最多兩位小數）。", "The fee must be an amount in NTD, not negative, with at most two decimals.")];
        }

        // No dates, nothing paid and no tier: a member without a contract (a "否" or a 0 alone says nothing).
        if (startCell is null && endCell is null && !paid && fee == 0 && tierName is null)
        {
            return null;
        }

        var start = Date(startCell, SheetColumns.ContractStart, errors);
        var end = Date(endCell, SheetColumns.ContractEnd, errors);
        return new ContractRequest { Start = start, End = end, Paid = paid, Fee = fee };
    }

    private static DateOnly? Date(object? cell, string key, Dictionary<string, LocalizedText[]> errors)
    {
        if (cell is null)
        {
            errors[key] = [new("有合約資料時須填寫合約開始與結束日。", "A contract needs both its start and its end date.")];
            return null;
        }

        if (SheetCells.TryDate(cell, out var date))
        {
            return date;
        }

        errors[key] = [new($"「{SheetCells.Text(cell)}」不是日期，請用 2019-10-31 或 108/10/31。", $"'{SheetCells.Text(cell)}' is not a date; use 2019-10-31 or 108/10/31.")];
        return null;
    }
}
