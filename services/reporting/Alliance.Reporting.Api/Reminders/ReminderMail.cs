using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Alliance.Reporting.Api.Reminders;

/// <summary>Where a reminder's e-mail goes: an SMTP server, or a folder of .eml files.</summary>
internal interface IReminderMail
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

/// <summary>Sends through the configured SMTP server with MailKit.</summary>
internal sealed class SmtpReminderMail(IOptions<ReminderOptions> options) : IReminderMail
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var mail = options.Value.Mail;
        using var client = new SmtpClient();
        await client.ConnectAsync(mail.SmtpHost ?? throw new InvalidOperationException("No SMTP host is configured."), mail.SmtpPort, SecureSocketOptions.Auto, cancellationToken);
        if (!string.IsNullOrEmpty(mail.UserName))
        {
            await client.AuthenticateAsync(mail.UserName, mail.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}

/// <summary>
/// Writes each message as <c>{Message-ID's local part}.eml</c> into the folder: a message sent again after a crash
/// replaces its own file rather than adding a second one.
/// </summary>
internal sealed class FolderReminderMail(string folder) : IReminderMail
{
    public string Folder => folder;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var name = (message.MessageId ?? throw new InvalidOperationException("A reminder's message has a Message-ID.")).Split('@')[0];
        var path = Path.Combine(folder, $"{name}.eml");
        var temporary = path + ".tmp";
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }
}
