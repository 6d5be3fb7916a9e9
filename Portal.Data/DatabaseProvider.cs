using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Data;

public enum DatabaseProvider { Sqlite, Postgres, SqlServer }
