using Alliance.Bench;

// Starts the whole system (local processes, a data folder of its own), loads an alliance of
// 2,000 members through the API, waits for the system to settle, measures the member summary three ways in one run, then
// imports a 5,000-row sheet into another alliance and waits for the relay to publish its events.
// `revenue` as the first argument runs the revenue-summary benchmark instead (Revenue/RevenueSummaryBench.cs);
// `demo` loads the demo programme and times it (DemoLoadBench.cs); `all` measures every read path on the demo (AllBench.cs);
// `pdf` times rendering one summary table's PDF, in process (Reporting/SummaryPdfBench.cs); `floor` shows where a read's time
// goes besides its SQL: a hop, a token and one statement, the gateway (FloorBench.cs).
if (await FloorBench.RunIfAskedAsync(args) || await Alliance.Bench.Reporting.SummaryPdfBench.RunIfAskedAsync(args) || await AllBench.RunIfAskedAsync(args) || await DemoLoadBench.RunIfAskedAsync(args) || await Alliance.Bench.Revenue.RevenueSummaryBench.RunIfAskedAsync(args))
{
    return;
}

var options = BenchOptions.From(args);
await using var system = await BenchSystem.StartAsync();
var alliance = await MemberLoad.CreateAllianceWithMembersAsync(system, options.Members);
await QuietSystem.WaitAsync(system);
var report = await MemberSummaryBench.RunAsync(system, alliance, options.Samples);
report.Print(Console.Out);
if (options.ImportRows > 0)
{
    var import = await ImportBench.RunAsync(system, options.ImportRows);
    import.Print(Console.Out);
}
