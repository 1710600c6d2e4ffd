using Microsoft.Extensions.Options;

namespace LeanIX.Automation.Quality;

/// <summary>Registers the scheduled quality jobs (section <c>Automation:Quality</c>, validated at start-up).</summary>
public static class QualityJobServiceCollectionExtensions
{
    /// <summary>Adds the options, their start-up validation, the job runner and the scheduler; the jobs are off unless enabled.</summary>
    public static IServiceCollection AddQualityJobs(this IServiceCollection services, IConfiguration configuration, Action<QualityJobOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = services.AddOptions<QualityJobOptions>().Bind(configuration.GetSection(QualityJobOptions.Section)).ValidateOnStart();
        if (configure is not null) options.Configure(configure);
        services.AddSingleton<IValidateOptions<QualityJobOptions>, QualityJobOptionsValidator>();
        services.AddSingleton<QualityJobRunner>();
        services.AddSingleton<QualityJobScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<QualityJobScheduler>());
        return services;
    }
}
