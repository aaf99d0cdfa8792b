using System.Security.Cryptography;
using System.Text.Json;

namespace Alliance.Demo.Plan;

/// <summary>A fingerprint of a programme's records, to show that one seed always gives the same programme.</summary>
public static class PlanDigest
{
    public static string Of(DemoProgramme programme)
    {
        var records = new { programme.Seed, programme.Scale, Current = programme.Current.Roc, programme.Today, programme.Alliances, programme.Visits, programme.LastYearsVisits, programme.Abnormal };
        return Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(records)));
    }
}
