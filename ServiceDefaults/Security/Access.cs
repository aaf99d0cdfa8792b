namespace Alliance.ServiceDefaults.Security;

/// <summary>What a caller wants to do with an alliance's records. Read | Write asks for both.</summary>
[Flags]
public enum Access
{
    Read = 1,
    Write = 2,
}
