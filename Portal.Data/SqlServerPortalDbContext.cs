using Microsoft.EntityFrameworkCore;

namespace Portal.Data;

public sealed class SqlServerPortalDbContext(DbContextOptions<SqlServerPortalDbContext> options) : PortalDbContext(options);
