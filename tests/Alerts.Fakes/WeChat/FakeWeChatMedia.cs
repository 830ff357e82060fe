using System.Collections.Concurrent;

namespace Alerts.Fakes.WeChat;

/// <summary>Temporary media the fake serves at cgi-bin/media/get, by media id; tests add what a villager "sent".</summary>
public sealed class FakeWeChatMedia
{
    private readonly ConcurrentDictionary<string, (string ContentType, byte[] Bytes)> _files = new(StringComparer.Ordinal);

    public void Add(string mediaId, string contentType, byte[] bytes) => _files[mediaId] = (contentType, bytes);

    public bool TryGet(string mediaId, out (string ContentType, byte[] Bytes) file) => _files.TryGetValue(mediaId, out file);
}
