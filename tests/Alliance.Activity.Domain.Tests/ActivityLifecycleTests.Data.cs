namespace Alliance.Activity.Domain.Tests;

// Current status ("new" for a record not yet recorded), action, the rules' verdict ("accepted", "pending",
// "<rule code>@<field>", "" for none), and where the record ends: "<status>" or "<status>:<reason>",
// "refused:<code>@<field>", or "unchanged".
public sealed partial class ActivityLifecycleTests
{
    private const string NoContract = "no-contract-on-date@date";
    private const string VoidedRefusal = "refused:activity-voided@id";

    public static TheoryData<string, ActivityAction, string, string> Cases => new()
    {
        { "new", ActivityAction.Record, "accepted", "accepted" },
        { "new", ActivityAction.Record, "pending", "pending:member-not-yet-known" },
        { "new", ActivityAction.Record, NoContract, "refused:no-contract-on-date@date" },
        { "new", ActivityAction.Record, "university-patent@owner", "refused:university-patent@owner" },
        { "new", ActivityAction.Record, "event-recorded-as-other-kind@kind", "refused:event-recorded-as-other-kind@kind" },

        { "accepted", ActivityAction.Correct, "accepted", "accepted" },
        { "accepted", ActivityAction.Correct, "pending", "pending:member-not-yet-known" },
        { "accepted", ActivityAction.Correct, "member-not-a-firm@memberId", "refused:member-not-a-firm@memberId" },
        { "pending", ActivityAction.Correct, "accepted", "accepted" },
        { "flagged", ActivityAction.Correct, "accepted", "accepted" },
        { "flagged", ActivityAction.Correct, NoContract, "refused:no-contract-on-date@date" },
        { "voided", ActivityAction.Correct, "accepted", VoidedRefusal },
        { "voided", ActivityAction.Correct, NoContract, VoidedRefusal },

        { "accepted", ActivityAction.Void, "", "voided" },
        { "pending", ActivityAction.Void, "", "voided" },
        { "flagged", ActivityAction.Void, "", "voided" },
        { "voided", ActivityAction.Void, "", VoidedRefusal },

        // Flag: a record whose member stopped qualifying (contract shortened, member removed).
        { "accepted", ActivityAction.Reassess, NoContract, "flagged:no-contract-on-date" },
        { "accepted", ActivityAction.Reassess, "not-a-member@memberId", "flagged:not-a-member" },
        { "pending", ActivityAction.Reassess, "member-not-a-firm@memberId", "flagged:member-not-a-firm" },
        { "flagged", ActivityAction.Reassess, "not-a-member@memberId", "flagged:not-a-member" },
        // Counts again: a flagged or pending record whose member qualifies.
        { "flagged", ActivityAction.Reassess, "accepted", "accepted" },
        { "pending", ActivityAction.Reassess, "accepted", "accepted" },
        { "accepted", ActivityAction.Reassess, "accepted", "accepted" },
        { "pending", ActivityAction.Reassess, "pending", "pending:member-not-yet-known" },
        { "voided", ActivityAction.Reassess, "accepted", "unchanged" },
        { "voided", ActivityAction.Reassess, NoContract, "unchanged" },
    };

    public static TheoryData<string, bool> RefusalToChangeCases => new()
    {
        { "accepted", false },
        { "pending", false },
        { "flagged", false },
        { "voided", true },
    };

    public static TheoryData<string, ActivityAction, string> MisuseCases => new()
    {
        { "accepted", ActivityAction.Record, "accepted" },
        { "new", ActivityAction.Correct, "accepted" },
        { "new", ActivityAction.Void, "" },
        { "new", ActivityAction.Reassess, "accepted" },
        { "accepted", ActivityAction.Correct, "" },
        { "flagged", ActivityAction.Reassess, "" },
    };
}
