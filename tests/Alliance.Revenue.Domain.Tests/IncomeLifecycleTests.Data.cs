namespace Alliance.Revenue.Domain.Tests;

// Current status ("new" for an entry not yet recorded), action, the rules' verdict ("accepted", "pending",
// "<rule code>@<field>", "" for none), and where the entry ends: "<status>" or "<status>:<reason>",
// "refused:<code>@<field>", or "unchanged".
public sealed partial class IncomeLifecycleTests
{
    private const string Broken = "excluded-nature@nature";
    private const string VoidedRefusal = "refused:income-voided@incomeId";

    public static TheoryData<string, IncomeAction, string, string> Cases => new()
    {
        { "new", IncomeAction.Record, "accepted", "accepted" },
        { "new", IncomeAction.Record, "pending", "pending:member-not-yet-known" },
        { "new", IncomeAction.Record, Broken, "refused:excluded-nature@nature" },
        { "new", IncomeAction.Record, "counterparty-of-another-alliance@counterpartyMemberId", "refused:counterparty-of-another-alliance@counterpartyMemberId" },

        { "accepted", IncomeAction.Correct, "accepted", "accepted" },
        { "accepted", IncomeAction.Correct, "pending", "pending:member-not-yet-known" },
        { "accepted", IncomeAction.Correct, Broken, "refused:excluded-nature@nature" },
        { "pending", IncomeAction.Correct, "accepted", "accepted" },
        { "flagged", IncomeAction.Correct, "accepted", "accepted" },
        { "flagged", IncomeAction.Correct, "no-contract-on-signing-date@date", "refused:no-contract-on-signing-date@date" },
        { "voided", IncomeAction.Correct, "accepted", VoidedRefusal },
        { "voided", IncomeAction.Correct, Broken, VoidedRefusal },

        { "accepted", IncomeAction.Void, "", "voided" },
        { "pending", IncomeAction.Void, "", "voided" },
        { "flagged", IncomeAction.Void, "", "voided" },
        { "voided", IncomeAction.Void, "", VoidedRefusal },

        // Flag: an accepted entry whose member stopped qualifying.
        { "accepted", IncomeAction.Reassess, "no-contract-on-signing-date@date", "flagged:no-contract-on-signing-date" },
        { "accepted", IncomeAction.Reassess, "counterparty-of-another-alliance@counterpartyMemberId", "flagged:counterparty-of-another-alliance" },
        { "pending", IncomeAction.Reassess, "counterparty-not-a-firm@counterpartyMemberId", "flagged:counterparty-not-a-firm" },
        { "flagged", IncomeAction.Reassess, "counterparty-not-a-member@counterpartyMemberId", "flagged:counterparty-not-a-member" },
        // Re-accept: a flagged or pending entry whose member qualifies.
        { "flagged", IncomeAction.Reassess, "accepted", "accepted" },
        { "pending", IncomeAction.Reassess, "accepted", "accepted" },
        { "accepted", IncomeAction.Reassess, "accepted", "accepted" },
        { "pending", IncomeAction.Reassess, "pending", "pending:member-not-yet-known" },
        { "voided", IncomeAction.Reassess, "accepted", "unchanged" },
        { "voided", IncomeAction.Reassess, Broken, "unchanged" },
    };

    public static TheoryData<string, bool> RefusalToChangeCases => new()
    {
        { "accepted", false },
        { "pending", false },
        { "flagged", false },
        { "voided", true },
    };

    public static TheoryData<string, IncomeAction, string> MisuseCases => new()
    {
        { "accepted", IncomeAction.Record, "accepted" },
        { "new", IncomeAction.Correct, "accepted" },
        { "new", IncomeAction.Void, "" },
        { "new", IncomeAction.Reassess, "accepted" },
        { "accepted", IncomeAction.Correct, "" },
        { "flagged", IncomeAction.Reassess, "" },
    };
}
