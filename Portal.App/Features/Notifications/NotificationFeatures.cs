using Portal.App.Infrastructure;

namespace Portal.App.Features.Notifications;

public static class NotificationFeatures
{
    /// <summary>Notifications, deadline reminders and urging (with the letter), and the mail outbox.</summary>
    public static IServiceCollection AddNotificationFeatures(this IServiceCollection services)
    {
        services.AddOptions<RemindersOptions>().BindConfiguration(RemindersOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<MailSettings>().BindConfiguration("Mail").ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<NotificationService>();
        services.AddScoped<ReminderService>();
        services.AddScoped<UrgingLetterService>();
        services.AddSingleton<UrgingLetterExporter>();
        services.AddSingleton<IMailSender, SmtpMailSender>();
        services.AddScoped<MailOutbox>();
        return services;
    }
}
