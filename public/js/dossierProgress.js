// Polls the status of running dossier exports and updates their progress bars; reloads when one finishes.
// The progress lives in the database, so a reload (or another browser) shows the same bar.
(function () {
  const rows = Array.from(document.querySelectorAll('[data-export][data-status="queued"], [data-export][data-status="running"]'));
  if (!rows.length) return;
  const tick = async () => {
    for (const row of rows) {
      const res = await fetch('/dossiers/exports/' + row.dataset.export + '/status.json', { credentials: 'same-origin' });
      if (!res.ok) continue;
      const s = await res.json();
      const bar = row.querySelector('.js-progress');
      if (bar) bar.value = s.progressPct;
      const pct = row.querySelector('.js-pct');
      if (pct) pct.textContent = s.progressPct + '%';
      const part = row.querySelector('.js-part');
      if (part) part.textContent = s.currentPart;
      if (s.status === 'done' || s.status === 'failed') return window.location.reload();
    }
    setTimeout(tick, 1000);
  };
  setTimeout(tick, 500);
})();
