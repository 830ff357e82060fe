// The report up's countdown (/incidents/{id}, /incidents/{id}/upward): every 30 s the minutes left to the hour, then
// how long overdue, in the words the server wrote (UpwardClockText.Left). Only unsent reports carry data-due; the
// server's words stand without script. role="timer" with aria-live="polite" is updated at most every 30 s.
(() => {
    const clocks = document.querySelectorAll('output.countdown[data-due]');
    if (clocks.length === 0 || window.upwardCountdown) return;
    window.upwardCountdown = true;
    const tick = () => clocks.forEach(clock => {
        const left = Math.ceil((Date.parse(clock.dataset.due) - Date.now()) / 60000);
        const text = left > 0 ? `还剩 ${left} 分钟` : `已超时 ${Math.max(1, -left)} 分钟`;
        if (clock.textContent !== text) clock.textContent = text;
        clock.classList.toggle('bad', left <= 0);
    });
    tick();
    setInterval(tick, 30000);
})();
