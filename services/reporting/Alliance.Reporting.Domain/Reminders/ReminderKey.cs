using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Alliance.Reporting.Domain.Reminders;

/// <summary>
/// A reminder's identity, (person, alliance, year, deadline, kind, day): the unique key of the log, and the source of the
/// e-mail's Message-ID, so that a copy sent again after a crash carries the same id and a mail client keeps one.
/// </summary>
public static class ReminderKey
{
    public const string MessageIdDomain = "reporting.alliance";

    public static string Of(DueReminder reminder)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        return string.Create(CultureInfo.InvariantCulture,
            $"{reminder.To.UserName}|{reminder.AllianceId:N}|{reminder.Year.Roc}|{Deadlines.Code(reminder.Deadline)}|{ReminderKinds.Code(reminder.Kind)}|{reminder.Day:yyyy-MM-dd}");
    }

    /// <summary>The Message-ID (without angle brackets): the key's SHA-256 in hex, at <see cref="MessageIdDomain"/>.</summary>
    public static string MessageId(DueReminder reminder) =>
        $"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Of(reminder))))[..40]}@{MessageIdDomain}";
}
