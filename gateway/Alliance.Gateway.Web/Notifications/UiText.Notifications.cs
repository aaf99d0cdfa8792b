namespace Alliance.Gateway.Web.Text;

/// <summary>The bell in the app bar and the notification list.</summary>
public static partial class UiText
{
    public static readonly Phrase Notifications = new("通知", "Notifications");
    public static readonly Phrase UnreadNotifications = new("{0} 則未讀通知", "Unread notifications: {0}");
    public static readonly Phrase NoUnreadNotifications = new("沒有未讀通知。", "No unread notifications.");
    public static readonly Phrase NoNotifications = new("沒有通知。", "No notifications.");
    public static readonly Phrase AllNotifications = new("查看全部通知", "See all notifications");
    public static readonly Phrase UnreadOnly = new("未讀", "Unread");
    public static readonly Phrase AllOfThem = new("全部", "All");
    public static readonly Phrase Unread = new("未讀", "unread");
    public static readonly Phrase Read = new("已讀", "read");
    public static readonly Phrase MarkRead = new("標為已讀", "Mark read");
    public static readonly Phrase OpenLink = new("前往", "Open");
    public static readonly Phrase NotificationText = new("內容", "Notification");
    public static readonly Phrase NotificationTime = new("時間", "Time");
    public static readonly Phrase NotificationState = new("狀態", "State");
    public static readonly Phrase NotificationsHint = new(
        "截止日前的提醒與逾期通知會列在這裡，也寄到您的電子郵件。前往連結或按「標為已讀」即標為已讀。",
        "Reminders before a deadline and overdue notices are listed here and also sent to your e-mail. Following a link or pressing Mark read marks it read.");
}
