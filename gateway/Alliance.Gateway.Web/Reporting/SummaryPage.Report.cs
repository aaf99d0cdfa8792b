using System.Globalization;
using Alliance.Gateway.Web.Shared;
using Alliance.Gateway.Web.SiteVisit;
using Alliance.Gateway.Web.Text;
using Alliance.ServiceDefaults.Problems;

namespace Alliance.Gateway.Web.Reporting;

/// <summary>The summary page's report: texts saved as typed, the PI's submission, and the page's leaving.</summary>
public partial class SummaryPage
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);

    private ReportTexts? _texts;
    private ReportTexts? _saved;
    private VersionRow[] _versions = [];
    private AuditNoteRow[] _notes = [];
    private bool _stale;
    private bool _disposed;
    private string _state = "";
    private string _savedAt = "";
    private DebouncedSave? _saver;

    private void Typed()
    {
        _state = "unsaved";
        _saver!.Changed();
    }

    // Runs off the renderer (from the debounce's timer), so it enters it to touch the page's state. Each changed row's
    // text is saved on its own, then the narratives; drafts carry no version (the last write wins).
    private Task SaveTextsAsync() => InvokeAsync(async () =>
    {
        if (_texts is null || _saved is null || _summary is null || !Rights.Writes)
        {
            return;
        }

        var (sending, saved, roundId) = (_texts.Copy(), _saved, _roundId);
        var rows = sending.VariancesChangedSince(saved);
        var narratives = sending.NarrativesChangedSince(saved);
        if (rows.Count == 0 && !narratives)
        {
            return;
        }

        Show("saving");
        foreach (var kpi in rows)
        {
            var outcome = await Calls.CallAsync(() => Reporting.SaveVarianceAsync(AllianceId, roundId, kpi, sending.VarianceOf(kpi)));
            if (!await SavedAsync(outcome, outcome.Value is { } row ? (row.Status, row.Version) : null))
            {
                return;
            }

            saved.Variance[kpi] = sending.VarianceOf(kpi);
        }

        if (narratives)
        {
            var outcome = await Calls.CallAsync(() => Reporting.SaveNarrativesAsync(AllianceId, roundId, new NarrativesBody(sending.Industry, sending.Academic)));
            if (!await SavedAsync(outcome, outcome.Value is { } row ? (row.Status, row.Version) : null))
            {
                return;
            }

            (saved.Industry, saved.Academic) = (sending.Industry, sending.Academic);
        }

        _savedAt = TimeZoneInfo.ConvertTime(Clock.GetUtcNow(), DisplayDates.Taipei).ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        Show(_texts?.SameAs(saved) == true ? "saved" : "unsaved");
    });

    /// <summary>
    /// Keeps a saved draft's status and version (a first draft starts the report); a report submitted, audited or closed
    /// meanwhile (409) is read again, since what the server holds wins; any other refusal leaves the text unsaved.
    /// </summary>
    private async Task<bool> SavedAsync<T>(Outcome<T> outcome, (string Status, long Version)? state)
    {
        if (state is { } now && _summary is not null)
        {
            _summary = _summary with { Status = now.Status, Version = now.Version };
            return true;
        }

        if (outcome.Refusal?.Code is ErrorCode.Conflict or ErrorCode.StaleVersion)
        {
            await ReloadAsync(false);
            Show("");
        }
        else
        {
            Show("unsaved");
        }

        return false;
    }

    // Submitting saves what was typed first: the PI submits what the page shows.
    private async Task SubmitAsync()
    {
        await _saver!.FlushAsync();
        if (_state == "unsaved" || _summary is null)
        {
            return;
        }

        var outcome = await Calls.CallAsync(() => Reporting.SubmitReportAsync(AllianceId, _roundId, _summary.Version), UiText.ReportSubmittedDone);
        if (outcome.Succeeded || outcome.Refusal?.Code is ErrorCode.Conflict or ErrorCode.StaleVersion)
        {
            await ReloadAsync(outcome.Stale);
        }
    }

    private void Show(string state)
    {
        _state = state;
        if (!_disposed)
        {
            StateHasChanged();
        }
    }

    // Leaving the page saves what waits to be saved, so coming back finds it.
    public async ValueTask DisposeAsync()
    {
        if (_saver is not null)
        {
            await _saver.FlushAsync();
            _saver.Dispose();
        }

        _disposed = true;
    }
}
