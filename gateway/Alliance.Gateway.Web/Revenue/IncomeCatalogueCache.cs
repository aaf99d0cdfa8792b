namespace Alliance.Gateway.Web.Revenue;

/// <summary>
/// The income catalogue of one circuit: asked of the revenue service the first time a page needs it,
/// then kept (it changes only with a new release of the service). A refused or failed call is not
/// kept, so the next page asks again.
/// </summary>
internal sealed class IncomeCatalogueCache(RevenueClient revenue)
{
    private IncomeCatalogue? _loaded;

    public async Task<IncomeCatalogue> GetAsync() => _loaded ??= new IncomeCatalogue(await revenue.GetIncomeCategoriesAsync());
}
