using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage;
using Microsoft.JSInterop;

namespace Alliance.Gateway.Web.Activity;

/// <summary>
/// What is typed into a form, kept until it is saved or discarded, per user, form and alliance.
/// </summary>
/// <remarks>
/// Kept in the browser's local storage, encrypted by the gateway's data protection
/// (<see cref="ProtectedLocalStorage"/>), rather than on the server: a draft is one person's unsaved
/// typing, not a record, so it has no place in a service's database or its history, and the web UI
/// library holds no database of its own (ADR-012). Local storage outlives a closed tab, a lost
/// connection and a restart of the gateway (whose keys live in its database), and it is written on
/// every change the circuit receives. The key holds the user's name, and the key is also the encryption's
/// purpose, so another account on the same browser neither finds nor reads it. A draft that can no longer
/// be read (keys rotated away, the form's shape changed) is dropped, never shown half.
/// </remarks>
internal sealed class FormDrafts(ProtectedLocalStorage storage, AuthenticationStateProvider authentication)
{
    private readonly Dictionary<string, string?> _kept = [];

    /// <summary>The key of <paramref name="form"/> on <paramref name="allianceId"/> for the signed-in user.</summary>
    public async Task<string> KeyAsync(string form, Guid allianceId)
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User.Identity?.Name ?? "";
        return $"alliance-draft:{user}:{form}:{allianceId}";
    }

    /// <summary>The draft kept under <paramref name="key"/>; null when there is none or it cannot be read.</summary>
    public async Task<T?> RestoreAsync<T>(string key)
        where T : class
    {
        try
        {
            var stored = await storage.GetAsync<T>(key);
            var draft = stored.Success ? stored.Value : null;
            _kept[key] = draft is null ? null : JsonSerializer.Serialize(draft);
            return draft;
        }
        catch (Exception unreadable) when (unreadable is CryptographicException or JsonException or FormatException)
        {
            await DiscardAsync(key);
            return null;
        }
    }

    /// <summary>
    /// Keeps <paramref name="draft"/> under <paramref name="key"/> when it changed since last kept; a
    /// form with nothing typed (<paramref name="hasInput"/> false) keeps nothing. True when it wrote.
    /// </summary>
    public async Task<bool> KeepAsync<T>(string key, T draft, bool hasInput)
    {
        var json = hasInput ? JsonSerializer.Serialize(draft) : null;
        if (_kept.TryGetValue(key, out var last) && last == json)
        {
            return false;
        }

        _kept[key] = json;
        try
        {
            if (json is null)
            {
                await storage.DeleteAsync(key);
            }
            else
            {
                await storage.SetAsync(key, draft!);
            }

            return true;
        }
        catch (JSDisconnectedException)
        {
            // The tab is gone: what reached the circuit before was kept already.
            return false;
        }
    }

    public async Task DiscardAsync(string key)
    {
        _kept[key] = null;
        try
        {
            await storage.DeleteAsync(key);
        }
        catch (JSDisconnectedException)
        {
            // The tab is gone; the draft goes with the next discard or save, or is restored and discarded then.
        }
    }
}
