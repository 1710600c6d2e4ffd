using LeanIX.Emulator.Auth;
using LeanIX.Emulator.Graph;
using LeanIX.Emulator.Rest;
using LeanIX.Emulator.Rest.Metrics;
using LeanIX.Emulator.Rest.SyncLog;
using LeanIX.Emulator.Rest.Todos;
using LeanIX.Emulator.Rest.Integrations;
using LeanIX.Emulator.Rest.Bookmarks;
using LeanIX.Emulator.Rest.Mtm;
using LeanIX.Emulator.Rest.Settings;
using LeanIX.Emulator.Rest.Authorization;
using LeanIX.Emulator.Rest.Calculations;
using LeanIX.Emulator.Rest.Automations;
using LeanIX.Emulator.Rest.Discovery;
using LeanIX.Emulator.Rest.ReferenceData;
using LeanIX.Emulator.Rest.Transformations;
using LeanIX.Emulator.Rest.ManagedCode;
using LeanIX.Emulator.Rest.Downloads;
using LeanIX.Emulator.Rest.Surveys;
using LeanIX.Emulator.Rest.MetaModel;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Webhooks;

namespace LeanIX.Emulator.Hosting;

/// <summary>Builds the emulator's web application: the same for the command line and for tests.</summary>
public static class EmulatorApp
{
    /// <summary>Pool threads ready without injection delay (see <see cref="Build"/>).</summary>
    public const int MinWorkerThreads = 64;

    public static WebApplication Build(EmulatorOptions options, TimeProvider? clock = null, Action<ILoggingBuilder>? logging = null)
    {
        clock ??= TimeProvider.System;
        // Resolvers run CPU-bound on pool threads for a whole query; with only as many threads as cores, a
        // write's request waits for the pool to inject threads (about two a second) behind long readers.
        // Reads never block writes (issue 9) needs a thread to start the write on at once.
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, MinWorkerThreads), io);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.WebHost.UseUrls(options.Urls);
        RequestLimitMiddleware.ConfigureKestrel(builder, options.Requests);
        if (logging is not null) logging(builder.Logging);

        var store = SqliteStore.Open(options.DataFile);
        var workspaces = options.EffectiveWorkspaces().Select(c => WorkspaceFactory.Open(c, store, clock, options.Values)).ToList();
        var registry = new WorkspaceRegistry(workspaces);

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<ITokenSettings>(options);
        builder.Services.AddSingleton(options.Webhooks);
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(registry);
        builder.Services.AddSingleton<FaultInjector>();
        builder.Services.AddEmulatorAuth();
        builder.Services.AddEmulatorGraphQL(options.GraphQL);
        builder.Services.AddEmulatorWebhooks();

        var app = builder.Build();
        // Error bodies wrap everything; paths are canonical (D79) before routing matches them.
        app.UseErrorBodies();
        app.UsePathNormalization();
        app.UseRouting();
        app.UseRequestLimits(options.Requests);
        app.UseSimulatedLatency();
        app.UseSimulatedBandwidth();
        app.UseFaultInjection();
        app.UseBearerAuthentication();
        app.UseRateLimiting();
        app.MapAuthEndpoints();
        app.MapDataModelEndpoints();
        app.MapMetaModelEndpoints();
        app.MapMtmEndpoints();
        app.MapFactSheetEndpoints();
        app.MapGraphQLEndpoint();
        app.MapWebhookEndpoints();
        app.MapSyncLogEndpoints();
        app.MapTodoEndpoints();
        app.MapMetricsEndpoints();
        app.MapIntegrationApiEndpoints(options.Integrations);
        app.MapBookmarkEndpoints();
        app.MapMtmAdminEndpoints();
        app.MapSettingsEndpoints();
        app.MapAuthorizationEndpoints();
        app.MapCalculationEndpoints();
        app.MapManagedCodeEndpoints(options.ManagedCodeAllowDelete);
        app.MapAutomationEndpoints();
        app.MapTechnologyDiscoveryEndpoints(options.SbomProcessingTime);
        app.MapReferenceDataEndpoints();
        app.MapTransformationEndpoints();
        app.MapMtmGraphQLEndpoint();
        app.MapExportEndpoints(options.ExportLifetime);
        app.MapDocumentDownloadEndpoints();
        app.MapSurveyEndpoints();
        app.Lifetime.ApplicationStopped.Register(store.Dispose);
        return app;
    }
}
