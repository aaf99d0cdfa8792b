using System.Collections.ObjectModel;
using System.Text.Json;

namespace Alliance.Messaging.Roster.Members;

/// <summary>One contract or MOU of a member copy; <see cref="Source"/> is contract or cooperation-project.</summary>
public sealed record RosterMemberContract(Guid ContractId, DateOnly Start, DateOnly End, bool Paid, string Source);

/// <summary>
/// A member copy's contracts. Equal to any list of the same contracts in the same order, so two states of a
/// member compare by value (a consumer tells a change from a repeat, a test compares states).
/// </summary>
public sealed class RosterMemberContracts(IEnumerable<RosterMemberContract> contracts)
    : ReadOnlyCollection<RosterMemberContract>(contracts.ToList()), IEquatable<RosterMemberContracts>
{
    public static RosterMemberContracts None { get; } = new([]);

    public bool Equals(RosterMemberContracts? other) => other is not null && this.SequenceEqual(other);

    public override bool Equals(object? obj) => Equals(obj as RosterMemberContracts);

    public override int GetHashCode() => this.Aggregate(Count, (hash, contract) => HashCode.Combine(hash, contract));

    /// <summary>
    /// The stored form: a JSON array with the property names as written (<c>ContractId</c>, <c>Start</c>, …),
    /// which is how EF wrote revenue's copies before this type, so their rows read unchanged.
    /// </summary>
    internal static string ToJson(RosterMemberContracts contracts) => JsonSerializer.Serialize<IEnumerable<RosterMemberContract>>(contracts, Stored);

    internal static RosterMemberContracts FromJson(string json) =>
        new(JsonSerializer.Deserialize<RosterMemberContract[]>(json, Stored) ?? []);

    private static readonly JsonSerializerOptions Stored = new(JsonSerializerDefaults.General);
}
