namespace Alliance.ServiceDefaults.Problems;

/// <summary>
/// The one rule every edit of a versioned record passes (ADR-010): the request carries the version
/// it read, and it must still be the stored one. A record that does not exist yet (one a PUT may
/// create) has version 0, so its creating request sends 0 or nothing.
/// </summary>
public static class VersionCheck
{
    public const string Field = "version";

    /// <summary>The version a record has before it is first stored.</summary>
    public const long NotYetStored = 0;

    /// <summary>The one stale-version refusal of the whole system (409).</summary>
    public static DomainException Stale() =>
        new(ErrorCode.StaleVersion, new LocalizedText("此資料已被他人修改，請重新載入後再試。", "Someone else changed this record; reload it and try again."));

    /// <summary>A change sent without the version it read (400 naming <see cref="Field"/>).</summary>
    public static DomainException Missing() =>
        DomainException.Invalid(Field, new("請附上讀到的版本（version）。", "Send the version you read (version)."));

    /// <summary>
    /// Passes when <paramref name="read"/> is the <paramref name="stored"/> version (null: the record
    /// is not stored yet, and 0 or nothing may create it).
    /// </summary>
    /// <exception cref="DomainException"><see cref="ErrorCode.Invalid"/> when a stored record's change carries no version;
    /// <see cref="ErrorCode.StaleVersion"/> when the version read is not the stored one.</exception>
    public static void Require(long? stored, long? read)
    {
        if (stored is not { } current)
        {
            if (read is null or NotYetStored)
            {
                return;
            }

            throw Stale();
        }

        if (read is not { } given)
        {
            throw Missing();
        }

        if (given != current)
        {
            throw Stale();
        }
    }
}
