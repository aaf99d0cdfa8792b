using Alliance.Contracts.SiteVisit;
using Alliance.Reporting.Api.Data;

namespace Alliance.Reporting.Api.Consumers;

/// <summary>Keeps the copy of an alliance's abnormal flag: flagging and clearing share one version, so the newest wins in any order.</summary>
public sealed class AllianceFlaggedAbnormalConsumer(ReportingDbContext db, TimeProvider clock) : CopyConsumer<AllianceFlaggedAbnormal, AbnormalFlagCopy>(db, clock)
{
    protected override object[] KeyOf(AllianceFlaggedAbnormal message) => [message.AllianceId];

    protected override AbnormalFlagCopy StateOf(AllianceFlaggedAbnormal message, AbnormalFlagCopy? held) =>
        new() { AllianceId = message.AllianceId, Flagged = true, Reason = message.Reason, Version = message.Version };
}

public sealed class AllianceFlagClearedConsumer(ReportingDbContext db, TimeProvider clock) : CopyConsumer<AllianceFlagCleared, AbnormalFlagCopy>(db, clock)
{
    protected override object[] KeyOf(AllianceFlagCleared message) => [message.AllianceId];

    protected override AbnormalFlagCopy StateOf(AllianceFlagCleared message, AbnormalFlagCopy? held) =>
        new() { AllianceId = message.AllianceId, Flagged = false, Reason = held?.Reason ?? "", Version = message.Version };
}

/// <summary>Keeps the copy of a domain's outstanding alliance for a year; a newer selection replaces an older one, confirmed or not.</summary>
public sealed class OutstandingAllianceSelectedConsumer(ReportingDbContext db, TimeProvider clock) : CopyConsumer<OutstandingAllianceSelected, OutstandingCopy>(db, clock)
{
    protected override object[] KeyOf(OutstandingAllianceSelected message) => [message.Year, message.DomainCode];

    protected override OutstandingCopy StateOf(OutstandingAllianceSelected message, OutstandingCopy? held) => new()
    {
        Year = message.Year, DomainCode = message.DomainCode, AllianceId = message.AllianceId, Confirmed = message.Confirmed, Version = message.Version,
    };
}
