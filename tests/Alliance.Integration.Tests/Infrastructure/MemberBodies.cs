namespace Alliance.Integration.Tests.Infrastructure;

/// <summary>Request bodies for members, with registration numbers that pass the check digit and never repeat.</summary>
public static class MemberBodies
{
    private static int _next = Random.Shared.Next(1_000_000);

    /// <summary>A valid 統一編號 that no other call of this run returns.</summary>
    public static string UniqueRegistrationNumber()
    {
        while (true)
        {
            var candidate = (Interlocked.Increment(ref _next) % 10_000_000).ToString("D7");
            for (var last = 0; last <= 9; last++)
            {
                var number = candidate + last;
                if (IsValid(number))
                {
                    return number;
                }
            }
        }
    }

    public static object TaiwanCompany(string county = "臺北市", string? name = null) => new
    {
        name = name ?? $"測試科技股份有限公司 {Guid.NewGuid():N}"[..18],
        organisationKind = "taiwan-company",
        registrationNumber = UniqueRegistrationNumber(),
        county,
        contact = "王經理 02-1234-5678",
    };

    /// <summary>The 2023 rule, written apart from the service's: weights 1,2,1,2,1,2,4,1, digit sums, divisible by 5 (7th digit 7: either sum).</summary>
    public static bool IsValid(string number)
    {
        int[] weights = [1, 2, 1, 2, 1, 2, 4, 1];
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var product = (number[i] - '0') * weights[i];
            sum += product / 10 + product % 10;
        }

        return sum % 5 == 0 || (number[6] == '7' && (sum + 1) % 5 == 0);
    }
}
