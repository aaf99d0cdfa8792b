namespace Alliance.Integration.Tests.Activity;

/// <summary>Request bodies for activity records of year 108 (programme year 2019-02-01..2020-01-31).</summary>
public static class ActivityBodies
{
    public static object Event(string kind = "seminar", string date = "2019-05-10", string title = "智慧製造技術研討會", int attendees = 80, int firmAttendees = 45) => new
    {
        year = 108, kind, date, title, place = "臺中市工業區服務中心", role = "hosted", attendees, firmAttendees,
    };

    /// <summary>A consultation or an on-site guidance (the same body).</summary>
    public static object Service(Guid memberId, string date = "2019-05-01", decimal hours = 3m, string topic = "製程改善諮詢") => new
    {
        year = 108, date, memberId, topic, hours,
    };

    public static object Product(Guid memberId, string date = "2019-06-01", string kind = "new-product") => new
    {
        year = 108, kind, date, memberId, title = "高效率散熱模組",
    };

    public static object Patent(Guid memberId, string kind = "patent-application", string owner = "member", string date = "2019-07-01") => new
    {
        year = 108, kind, date, memberId, title = "散熱結構", patentNumber = "TW108123456", country = "TW", owner,
    };

    public static object Hires(Guid memberId, int people, string date = "2019-08-01") => new
    {
        year = 108, kind = "new-hire", date, memberId, title = "研發工程師", people,
    };

    public static object OutputValue(Guid memberId, decimal amount, string date = "2019-09-01") => new
    {
        year = 108, kind = "derived-output-value", date, memberId, title = "散熱模組量產", amount,
    };
}
