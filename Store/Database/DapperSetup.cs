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
        SqlMapper.AddTypeHandler(typeof(DateTimeOffset), new UtcDateTimeOffsetHandler());
        SqlMapper.AddTypeHandler(typeof(Guid), new GuidTextHandler());
        SqlMapper.AddTypeHandler(typeof(bool), new FlagHandler());
    }

    /// <summary>
    /// A handler that sets the parameter's type for a null as well: Dapper's <see cref="SqlMapper.TypeHandler{T}"/> leaves
    /// a null untyped, and PostgreSQL cannot tell the type of an untyped "@From IS NULL".
    /// </summary>
    private abstract class TypedHandler<T>(DbType dbType) : SqlMapper.ITypeHandler where T : struct
    {
        public void SetValue(IDbDataParameter parameter, object value)
        {
            parameter.DbType = dbType;
            parameter.Value = value is null or DBNull ? DBNull.Value : Write((T)value);
        }

        public object Parse(Type destinationType, object value) => Read(value);

        protected abstract object Write(T value);

        protected abstract T Read(object value);
    }

    /// <summary>Times are stored as UTC ISO-8601 text, so they sort and compare as strings in SQL.</summary>
    private sealed class UtcDateTimeOffsetHandler() : TypedHandler<DateTimeOffset>(DbType.String)
    {
        protected override object Write(DateTimeOffset value) => UtcText.Format(value);

        protected override DateTimeOffset Read(object value) => UtcText.Parse((string)value);
    }

    /// <summary>
    /// A flag is the integer 0 or 1 on both engines (SQLite has no boolean type; PostgreSQL would refuse to compare its
    /// boolean with the 0/1 the shared SQL writes), so a bool parameter is bound as that integer.
    /// </summary>
    private sealed class FlagHandler() : TypedHandler<bool>(DbType.Int64)
    {
        protected override object Write(bool value) => value ? 1L : 0L;

        protected override bool Read(object value) => value switch
        {
            bool b => b,
            _ => Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0,
        };
    }

    private sealed class GuidTextHandler() : TypedHandler<Guid>(DbType.String)
    {
        protected override object Write(Guid value) => value.ToString("D", CultureInfo.InvariantCulture);

        protected override Guid Read(object value) => Guid.Parse((string)value);
    }
}
