using Alliance.ServiceDefaults.Problems;

namespace Alliance.Membership.Api.Apis.Sheets;

/// <summary>A bad row of an import: its sheet row number and the errors by column key.</summary>
public sealed record RowProblem(int Row, IReadOnlyDictionary<string, LocalizedText[]> Errors);

/// <summary>
/// What the check of a sheet found: the members to save when every row is good; otherwise no
/// members, the first bad rows (at most <see cref="MemberImport.MaxListedRows"/>, in sheet order) and how many rows are bad in all.
/// </summary>
internal sealed record ImportCheck(IReadOnlyList<ImportedMember> Members, IReadOnlyList<RowProblem> Problems, int BadRows);

/// <summary>A good row, ready to save: the checked member and its contract, if any.</summary>
internal sealed record ImportedMember(CheckedMember Member, ContractRequest? Contract);

/// <summary>
/// Checks every row of a sheet with the rules of the single-member and contract endpoints, plus
/// uniqueness of registration numbers against the alliance and the earlier rows. Pure: the caller
/// loads the alliance's numbers and tiers once.
/// </summary>
internal static class MemberImport
{
    /// <summary>The bad rows an answer lists; a sheet of 100,000 bad rows would otherwise answer tens of megabytes.</summary>
    public const int MaxListedRows = 100;

    // The JSON endpoints' field names, as the sheet calls them.
    private static readonly Dictionary<string, string> ColumnOf = new(StringComparer.Ordinal)
    {
        ["organisationKind"] = SheetColumns.Kind,
        ["start"] = SheetColumns.ContractStart,
        ["end"] = SheetColumns.ContractEnd,
        ["feeTierId"] = SheetColumns.Tier,
    };

    /// <exception cref="OperationCanceledException">the caller has gone</exception>
    public static ImportCheck Check(
        IReadOnlyList<SheetRow> rows, IReadOnlySet<string> existingRegistrations, IReadOnlyDictionary<string, Guid> tiersByName,
        CancellationToken cancellationToken)
    {
        var members = new List<ImportedMember>(rows.Count);
        var problems = new List<RowProblem>();
        var badRows = 0;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sheetRow in rows)
        {
            if ((members.Count + badRows) % 1024 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var row = MemberRow.Read(sheetRow.Cells);
            var errors = new Dictionary<string, LocalizedText[]>(row.Errors);
            var (member, memberErrors) = CheckedMember.Check(row.Member);
            foreach (var (field, messages) in memberErrors)
            {
                errors.TryAdd(ColumnOf.GetValueOrDefault(field, field), messages);
            }

            var contract = row.Contract;
            if (contract is not null)
            {
                contract = WithTier(contract, row.TierName, tiersByName, out var tierFound);
                foreach (var broken in ContractProblems.Check(contract, tierFound))
                {
                    errors.TryAdd(ColumnOf.GetValueOrDefault(broken.Field, broken.Field), [broken.Message]);
                }
            }

            if (member?.RegistrationNumber is { } number)
            {
                if (existingRegistrations.Contains(number))
                {
                    errors[SheetColumns.RegistrationNumber] = [new($"統一編號 {number} 已是此聯盟的會員。", $"Registration number {number} is already a member of this alliance.")];
                }
                else if (seen.TryGetValue(number, out var earlier))
                {
                    errors[SheetColumns.RegistrationNumber] = [new($"統一編號 {number} 與第 {earlier} 列重複。", $"Registration number {number} repeats row {earlier}.")];
                }
                else
                {
                    seen[number] = sheetRow.Number;
                }
            }

            if (errors.Count > 0 && ++badRows <= MaxListedRows)
            {
                problems.Add(new RowProblem(sheetRow.Number, errors));
            }
            else if (errors.Count == 0)
            {
                members.Add(new ImportedMember(member!, contract));
            }
        }

        return badRows > 0 ? new ImportCheck([], problems, badRows) : new ImportCheck(members, [], 0);
    }

    private static ContractRequest WithTier(ContractRequest contract, string? tierName, IReadOnlyDictionary<string, Guid> tiersByName, out bool found)
    {
        found = true;
        if (tierName is null)
        {
            return contract;
        }

        // An unknown name is a tier that is not the alliance's: the contract rule says so.
        found = tiersByName.TryGetValue(tierName, out var tierId);
        return new ContractRequest { Start = contract.Start, End = contract.End, Paid = contract.Paid, Fee = contract.Fee, FeeTierId = found ? tierId : Guid.Empty };
    }
}
