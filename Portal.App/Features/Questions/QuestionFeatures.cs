using Portal.App.Features.Tasks;

namespace Portal.App.Features.Questions;

public static class QuestionFeatures
{
    /// <summary>Citizens' questions (dân hỏi – cơ quan chức năng trả lời): intake, routing, publication, the public API and page.</summary>
    public static IServiceCollection AddQuestionFeatures(this IServiceCollection services)
    {
        services.AddOptions<QuestionsOptions>().BindConfiguration(QuestionsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // The public pages' cache (policy in AddQuestionApiDocument); publishing, correcting and withdrawing evict it.
        services.AddOutputCache();
        services.AddScoped<QuestionService>();
        services.AddScoped<PublicAnswerService>();
        services.AddScoped<ApiKeyService>();
        services.AddSingleton<ICasePublisher, QuestionPublisher>();
        return services;
    }
}
