using Portal.App;
using Portal.App.Features.Benchmarks;
using Portal.App.Infrastructure;

if (args.FirstOrDefault() == "bench") return await BenchCommand.RunAsync(args[1..]);
if (args.FirstOrDefault() == "generate") return await BenchCommand.GenerateCommandAsync(args[1..]);
if (args.FirstOrDefault() == "apikey")
{
    ProcessTimeZone.UseVietnam();
    return await Portal.App.Features.Questions.ApiKeyCommand.RunAsync(args[1..], args[1..]);
}
if (args.FirstOrDefault() == "admin")
{
    ProcessTimeZone.UseVietnam();
    return await Portal.App.Features.Admin.AdminCommand.RunAsync(args[1..], args[1..]);
}

ProcessTimeZone.UseVietnam();
var builder = WebApplication.CreateBuilder(PortalHosting.Options(args));
builder.AddPortalApp();

var app = builder.Build();
await app.Services.InitializeDatabaseAsync(app.Configuration, app.Environment, app.Lifetime.ApplicationStopping);
app.UsePortalApp();
app.Run();
return 0;

public partial class Program;
