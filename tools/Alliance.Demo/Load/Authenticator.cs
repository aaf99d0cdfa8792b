using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Alliance.Demo.Load;

/// <summary>
/// An authenticator app for an account the demo enrolled (RFC 6238: SHA-1, 6 digits, 30 s). The
/// gateway accepts each time step once, so each code is of a step after the last one given, by this
/// process or (told by <paramref name="lastStep"/>, and kept by <paramref name="stepTaken"/>) an earlier one.
/// </summary>
public sealed class Authenticator(string base32Key, long lastStep = 0, Action<long>? stepTaken = null)
{
    private readonly byte[] _key = Decode(base32Key);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _lastStep = lastStep;

    public string Key { get; } = base32Key;

    public async Task<string> NextCodeAsync()
    {
        await _gate.WaitAsync();
        try
        {
            var step = Math.Max(_lastStep + 1, CurrentStep);
            while (step > CurrentStep + 1)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }

            _lastStep = step;
            stepTaken?.Invoke(step);
            return CodeAt(step);
        }
        finally
        {
            _gate.Release();
        }
    }

    private string CodeAt(long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var hash = HMACSHA1.HashData(_key, counter);
        var offset = hash[^1] & 0x0F;
        var value = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (value % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static long CurrentStep => DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;

    private static byte[] Decode(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var output = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal).TrimEnd('='))
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c);
            bits += 5;
            if (bits >= 8)
            {
                output.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. output];
    }
}
