using Portal.App;
using Portal.App.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddPortalApp();

var app = builder.Build();
await app.Services.InitializeDatabaseAsync(app.Configuration, app.Environment, app.Lifetime.ApplicationStopping);
app.UsePortalApp();
app.Run();

public partial class Program;
