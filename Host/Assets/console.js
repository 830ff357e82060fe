// Small behaviours of the console, served from /assets so no page needs inline script.
// A <select data-autosubmit> submits its form as soon as a choice is made (town, then village, in the simulator).
document.querySelectorAll('select[data-autosubmit]').forEach(select =>
    select.addEventListener('change', () => select.form.submit()));
