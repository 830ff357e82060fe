using System.Globalization;
using System.Reflection;

namespace Alerts.Store.Migrations;

/// <summary>The <c>NNNN_name.sql</c> files embedded in this assembly, in version order.</summary>
public static class EmbeddedMigrations
{
    private const string Prefix = "Alerts.Store.Migrations.";

    public static IReadOnlyList<Migration> All { get; } = Load();

    private static List<Migration> Load()
    {
        var assembly = typeof(EmbeddedMigrations).Assembly;
        var list = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(Prefix, StringComparison.Ordinal) ||
                !resource.EndsWith(".sql", StringComparison.Ordinal)) continue;
            var name = resource[Prefix.Length..^".sql".Length];
            var underscore = name.IndexOf('_');
            if (underscore <= 0 || !int.TryParse(name[..underscore], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
                throw new MigrationException($"Migration resource '{resource}' is not named NNNN_name.sql.");
            list.Add(new Migration(version, name, Read(assembly, resource)));
        }
        list.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 1; i < list.Count; i++)
            if (list[i].Version == list[i - 1].Version)
                throw new MigrationException($"Two migrations share version {list[i].Version}.");
        return list;
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
