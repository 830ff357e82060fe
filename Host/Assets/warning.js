// The warning page: refresh the progress figures and the 叫应 list every 5 s without a reload, by fetching the
// same fragment the server rendered (?handler=progress) and swapping it in. Stops when the warning is no longer live
// (the fragment says so), or when the answer is not a fragment (signed out, not found).
(() => {
    const every = 5000;
    const refresh = async () => {
        const current = document.getElementById('progress');
        if (!current || current.dataset.live !== 'true') return;
        try {
            const response = await fetch(current.dataset.url, { headers: { Accept: 'text/html' }, credentials: 'same-origin' });
            if (!response.ok) return;
            const holder = document.createElement('div');
            holder.innerHTML = await response.text();
            const next = holder.querySelector('#progress');
            if (!next) return;
            current.replaceWith(next);
        } catch {
            // A dropped connection on a rural line: try again at the next tick.
        }
        setTimeout(refresh, every);
    };
    setTimeout(refresh, every);
})();
