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
        SqlMapper.AddTypeHandler(new UtcDateTimeOffsetHandler());
        SqlMapper.AddTypeHandler(new GuidTextHandler());
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
