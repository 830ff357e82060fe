using System.Globalization;
using System.Reflection;
using Alerts.Store.Database;

namespace Alerts.Store.Migrations;

/// <summary>
/// The <c>NNNN_name.sql</c> files embedded in this assembly, one folder per engine (<c>Migrations/Sqlite</c>,
/// <c>Migrations/Postgres</c>), in version order. It is one numbered sequence: PostgreSQL starts at its baseline (the
/// schema SQLite reached by then, in one file), and from there on every version exists in both folders under the
/// same name, so a database on either engine at version N has the same tables and columns.
/// </summary>
public static class EmbeddedMigrations
{
    private const string Prefix = "Alerts.Store.Migrations.";

    public static IReadOnlyList<Migration> Sqlite { get; } = Load("Sqlite");

    public static IReadOnlyList<Migration> Postgres { get; } = Checked(Load("Postgres"), Sqlite);

    /// <summary>The version both sequences end at.</summary>
    public static int Latest => Sqlite.Count == 0 ? 0 : Sqlite[^1].Version;

    public static IReadOnlyList<Migration> For(StoreEngine engine) => engine == StoreEngine.Postgres ? Postgres : Sqlite;

    private static List<Migration> Load(string engine)
    {
        var assembly = typeof(EmbeddedMigrations).Assembly;
        var prefix = Prefix + engine + ".";
        var list = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(prefix, StringComparison.Ordinal) ||
                !resource.EndsWith(".sql", StringComparison.Ordinal)) continue;
            var name = resource[prefix.Length..^".sql".Length];
            var underscore = name.IndexOf('_');
            if (underscore <= 0 || !int.TryParse(name[..underscore], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
                throw new MigrationException($"Migration resource '{resource}' is not named NNNN_name.sql.");
            list.Add(new Migration(version, name, Read(assembly, resource)));
        }
        list.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 1; i < list.Count; i++)
            if (list[i].Version == list[i - 1].Version)
                throw new MigrationException($"Two {engine} migrations share version {list[i].Version}.");
        return list;
    }

    /// <summary>After its baseline (the first file), PostgreSQL's sequence is SQLite's, number for number and name for name.</summary>
    private static List<Migration> Checked(List<Migration> postgres, IReadOnlyList<Migration> sqlite)
    {
        if (postgres.Count == 0) throw new MigrationException("No PostgreSQL migrations are embedded.");
        var after = sqlite.Where(m => m.Version > postgres[0].Version).Select(m => m.Name).ToList();
        var ours = postgres.Skip(1).Select(m => m.Name).ToList();
        if (!after.SequenceEqual(ours))
            throw new MigrationException(
                $"After the PostgreSQL baseline ({postgres[0].Name}) each SQLite migration needs its PostgreSQL twin of the same " +
                $"name: SQLite has [{string.Join(", ", after)}], PostgreSQL has [{string.Join(", ", ours)}].");
        return postgres;
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
