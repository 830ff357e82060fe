// The simulator's chat: posts to /simulator/messages and shows the replies. Served from /assets, not inline,
// so the Content-Security-Policy can forbid inline script.
(function () {
    const chat = document.getElementById('chat');
    const form = document.getElementById('chat-form');
    const input = document.getElementById('chat-text');
    const error = document.getElementById('chat-error');
    const buttons = form.querySelectorAll('button');
    // The page's antiforgery token (the sign-out form carries one): the endpoint refuses a post without it.
    const token = (document.querySelector('input[name="__RequestVerificationToken"]') || {}).value || '';
    // One id per message, kept until it is answered: a resend after a lost answer is recognised as the same.
    let pending = null;
    let busy = false;

    function uuid() {
        if (window.crypto.randomUUID) return crypto.randomUUID();
        // randomUUID needs a secure context; plain http on a LAN address is not one.
        const b = crypto.getRandomValues(new Uint8Array(16));
        b[6] = (b[6] & 0x0f) | 0x40;
        b[8] = (b[8] & 0x3f) | 0x80;
        const h = Array.from(b, x => x.toString(16).padStart(2, '0')).join('');
        return [h.slice(0, 8), h.slice(8, 12), h.slice(12, 16), h.slice(16, 20), h.slice(20)].join('-');
    }

    function bubble(cls, text) {
        const d = document.createElement('div');
        d.className = 'msg ' + cls;
        d.textContent = text;
        chat.appendChild(d);
        chat.scrollTop = chat.scrollHeight;
    }

    async function post(kind, text, shown) {
        if (busy) return false;
        busy = true;
        if (!pending || pending.kind !== kind || pending.text !== text) pending = { kind, text, id: uuid() };
        buttons.forEach(b => b.disabled = true);
        error.textContent = '';
        try {
            const response = await fetch('/simulator/messages', {
                method: 'POST',
                headers: { 'Content-Type': 'application/json', 'RequestVerificationToken': token },
                body: JSON.stringify({ personId: Number(chat.dataset.person), channel: chat.dataset.channel,
                                       kind, text, clientMessageId: pending.id })
            });
            const data = await response.json().catch(() => ({}));
            if (!response.ok) {
                error.textContent = data.error || ('发送失败（' + response.status + '）');
                // Refused input was not processed; a server error may have been, so its id is kept for a resend.
                if (response.status < 500) pending = null;
                return false;
            }
            bubble('me', shown);
            data.replies.forEach(r => bubble('bot', r));
            if (data.replies.length === 0) bubble('note', '（没有回复）');
            pending = null;
            return true;
        } catch {
            error.textContent = '网络错误，请重试。';
            return false;
        } finally {
            buttons.forEach(b => b.disabled = false);
            busy = false;
        }
    }

    form.addEventListener('submit', async e => {
        e.preventDefault();
        const text = input.value.trim();
        if (!text) { error.textContent = '请输入消息。'; return; }
        if (await post('text', text, text)) input.value = '';
    });
    input.addEventListener('keydown', e => {
        if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); form.requestSubmit(); }
    });
    const subscribe = document.getElementById('event-subscribe');
    if (subscribe) subscribe.addEventListener('click', () => post('subscribe', null, '［关注公众号］'));
    const share = document.getElementById('event-location');
    if (share) share.addEventListener('click', () => post('location', null, '［位置：重庆市渝北区］'));
    chat.scrollTop = chat.scrollHeight;
})();
