using System.ComponentModel.DataAnnotations;

namespace Alliance.Reporting.Api.Reminders;

/// <summary>
/// Configuration section <c>Reminders</c>: the gateway's address the links start with, and the mail. With no
/// <see cref="MailOptions.SmtpHost"/> each message is written as an <c>.eml</c> file into <see cref="MailOptions.Folder"/>.
/// Credentials come from the environment or user secrets, never appsettings.
/// </summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    [Required]
    public string SiteUrl { get; set; } = "http://localhost:5080";

    [Required]
    public MailOptions Mail { get; set; } = new();
}

public sealed class MailOptions
{
    /// <summary>Tries of one e-mail before it is marked failed.</summary>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 5;

    public string? SmtpHost { get; set; }

    [Range(1, 65535)]
    public int SmtpPort { get; set; } = 587;
    public string? UserName { get; set; }
    public string? Password { get; set; }

    [Required]
    public string Sender { get; set; } = "產學技術聯盟管考系統 <no-reply@alliance.local>";

    /// <summary>Where .eml files go without SMTP; by default <c>mail</c> under the system's data folder (<c>Alliance:DataDirectory</c>).</summary>
    public string? Folder { get; set; }
}
