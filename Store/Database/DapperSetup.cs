using System.Data;
using System.Globalization;
using Dapper;

namespace Alerts.Store.Database;

/// <summary>Dapper's settings are process-wide statics, so they are set here once, from AddStore.</summary>
public static class DapperSetup
{
    private static int _done;

    public static void EnsureConfigured()
    {
        if (Interlocked.Exchange(ref _done, 1) == 1) return;
        DefaultTypeMap.MatchNamesWithUnderscores = true;
        // Dapper consults its built-in type map before any handler, so without removing these entries parameters
        // would bypass the handlers and Microsoft.Data.Sqlite would write its own "yyyy-MM-dd HH:mm:ss+00:00" form,
        // which does not sort with ours (Microsoft's "Dapper limitations" page for Microsoft.Data.Sqlite).
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset));
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset?));
        SqlMapper.RemoveTypeMap(typeof(Guid));
        SqlMapper.RemoveTypeMap(typeof(Guid?));
        SqlMapper.RemoveTypeMap(typeof(bool));
        SqlMapper.RemoveTypeMap(typeof(bool?));
        SqlMapper.AddTypeHandler(new UtcDateTimeOffsetHandler());
        SqlMapper.AddTypeHandler(new GuidTextHandler());
        SqlMapper.AddTypeHandler(new FlagHandler());
    }

    /// <summary>Times are stored as UTC ISO-8601 text, so they sort and compare as strings in SQL.</summary>
    private sealed class UtcDateTimeOffsetHandler : SqlMapper.TypeHandler<DateTimeOffset>
    {
        public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
        {
            parameter.DbType = DbType.String;
            parameter.Value = UtcText.Format(value);
        }

        public override DateTimeOffset Parse(object value) => UtcText.Parse((string)value);
    }

    /// <summary>
    /// A flag is the integer 0 or 1 on both engines (SQLite has no boolean type; PostgreSQL would refuse to compare its
    /// boolean with the 0/1 the shared SQL writes), so a bool parameter is bound as that integer.
    /// </summary>
    private sealed class FlagHandler : SqlMapper.TypeHandler<bool>
    {
        public override void SetValue(IDbDataParameter parameter, bool value)
        {
            parameter.DbType = DbType.Int64;
            parameter.Value = value ? 1L : 0L;
        }

        public override bool Parse(object value) => value switch
        {
            bool b => b,
            _ => Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0,
        };
    }

    private sealed class GuidTextHandler : SqlMapper.TypeHandler<Guid>
    {
        public override void SetValue(IDbDataParameter parameter, Guid value)
        {
            parameter.DbType = DbType.String;
            parameter.Value = value.ToString("D", CultureInfo.InvariantCulture);
        }

        public override Guid Parse(object value) => Guid.Parse((string)value);
    }
}
