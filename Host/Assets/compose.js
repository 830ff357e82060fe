// The compose form (/warnings/new), which works without this script: the event list follows the hazard, the
// instruction refills from the 防御指南 when event, level or kind change (unless edited by hand), the area tree
// filters by name, and "whole town" ticks its villages.
(() => {
    const form = document.getElementById('compose-form');
    if (!form) return;
    const hazard = document.getElementById('hazard');
    const eventSelect = document.getElementById('event');
    const eventField = document.getElementById('event-field');
    const otherField = document.getElementById('event-other-field');
    const otherInput = document.getElementById('event-other');
    const level = document.getElementById('level');
    const kind = document.getElementById('kind');
    const instruction = document.getElementById('instruction');
    const guide = document.getElementById('guide');
    const isEdited = () => instruction.value.trim() !== '' && instruction.value.trim() !== guide.value.trim();

    function followHazard() {
        const other = hazard.value === 'other';
        eventField.hidden = other;
        otherField.hidden = !other;
        let firstShown = null;
        eventSelect.querySelectorAll('optgroup').forEach(group => {
            const mine = group.dataset.hazard === hazard.value;
            group.hidden = !mine;
            group.disabled = !mine;
            if (mine && !firstShown) firstShown = group.querySelector('option');
        });
        const current = eventSelect.selectedOptions[0];
        if (firstShown && (!current || current.parentElement.hidden)) eventSelect.value = firstShown.value;
    }

    async function refillInstruction() {
        if (isEdited()) return;
        const name = hazard.value === 'other' ? otherInput.value : eventSelect.value;
        const query = new URLSearchParams({ handler: 'guide', event: name, level: level.value, kind: kind.value });
        const response = await fetch('/warnings/new?' + query.toString(), { credentials: 'same-origin' });
        if (!response.ok) return;
        guide.value = await response.text();
        instruction.value = guide.value;
    }

    // Text the official typed is theirs; the guide the page or this script put there (kept in #guide) may be replaced.
    hazard.addEventListener('change', () => { followHazard(); refillInstruction(); });
    [eventSelect, level, kind].forEach(el => el.addEventListener('change', refillInstruction));
    otherInput.addEventListener('change', refillInstruction);
    followHazard();

    // The area tree: "whole town" ticks (or clears) its villages; clearing a village clears "whole town".
    document.querySelectorAll('.area-town').forEach(town => {
        const whole = town.querySelector('[data-whole-town]');
        const villages = town.querySelectorAll('[data-village]');
        if (!whole) return;
        whole.addEventListener('change', () => villages.forEach(v => { v.checked = whole.checked; }));
        villages.forEach(v => v.addEventListener('change', () => { if (!v.checked) whole.checked = false; }));
    });

    // Search by name: shows the villages whose name (or whose town's name) holds the text.
    const searchField = document.getElementById('area-search-field');
    const search = document.getElementById('area-search');
    if (search) {
        searchField.hidden = false;
        search.addEventListener('input', () => {
            const text = search.value.trim();
            document.querySelectorAll('.area-town[data-town]').forEach(town => {
                const townName = town.querySelector('legend').textContent;
                const townMatches = text !== '' && townName.includes(text);
                let shown = 0;
                town.querySelectorAll('li[data-name]').forEach(li => {
                    const show = text === '' || townMatches || li.dataset.name.includes(text);
                    li.hidden = !show;
                    if (show) shown++;
                });
                town.hidden = shown === 0;
                const box = town.querySelector('details');
                if (box && text !== '' && shown > 0) box.open = true;
            });
        });
    }
})();
