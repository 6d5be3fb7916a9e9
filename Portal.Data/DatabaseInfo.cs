using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Data;

public sealed record DatabaseInfo(DatabaseProvider Provider);
