namespace LeanIX.Client;

public sealed partial class LeanIXClient
{
    private readonly SemaphoreSlim _modelGate = new(1, 1);
    private LeanIXDataModel? _dataModel;

    /// <summary>The workspace's data model, loaded on first use and then kept (D24).</summary>
    public async Task<LeanIXDataModel> GetDataModelAsync(CancellationToken cancellationToken = default)
    {
        if (_dataModel is not null) return _dataModel;
        await _modelGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_dataModel is not null) return _dataModel;
            var envelope = await RequestAsync("services/pathfinder/v1/models/dataModel", cancellationToken: cancellationToken).ConfigureAwait(false)
                ?? throw new LeanIXRequestFailedException("The data model endpoint answered with an empty body.", "GET /services/pathfinder/v1/models/dataModel");
            try
            {
                _dataModel = LeanIXDataModel.Parse(envelope);
            }
            catch (Exception e) when (e is FormatException or InvalidOperationException or NullReferenceException)
            {
                throw new LeanIXRequestFailedException($"The workspace's data model cannot be read: {e.Message}", "GET /services/pathfinder/v1/models/dataModel", inner: e);
            }
            return _dataModel;
        }
        finally
        {
            _modelGate.Release();
        }
    }

    /// <summary>Forgets the loaded data model, so the next use reloads it (after a model change).</summary>
    public void ReloadDataModel() => _dataModel = null;
}
