// Progressive enhancement only: the app works without JavaScript.
// Forms marked data-confirm ask before submitting; any form disables its submit buttons once sent (no double submit).
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement)) return;
  // A button may ask its own question (e.g. "Trả lại" beside "Duyệt" in one form).
  const submitter = event.submitter instanceof HTMLElement ? event.submitter : null;
  const question = submitter?.getAttribute('data-confirm') || form.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
    return;
  }
  if (form.dataset.submitted === 'true') {
    event.preventDefault();
    return;
  }
  form.dataset.submitted = 'true';
  // A form that answers with a file leaves the page where it is: lift the guard again, or a second download
  // would do nothing (issue 15 §8).
  if (isDownload(form.getAttribute('action'))) {
    showBusy(form.querySelector('button[type="submit"], button:not([type])') || form);
    setTimeout(() => delete form.dataset.submitted, 4000);
  }
});

const DOWNLOAD = /([./](pdf|docx|xlsx|csv|zip))(\?|$)/i;
function isDownload(url) {
  return typeof url === 'string' && DOWNLOAD.test(url);
}

// PDF and DOCX take a few seconds to build: say so beside the button or link while the file is being made.
function showBusy(element) {
  if (!element || element.getAttribute('aria-busy') === 'true') return;
  element.setAttribute('aria-busy', 'true');
  const note = document.createElement('span');
  note.className = 'busy-note';
  note.setAttribute('role', 'status');
  note.textContent = document.body.dataset.busyText || '…';
  element.insertAdjacentElement('afterend', note);
  setTimeout(() => {
    element.removeAttribute('aria-busy');
    note.remove();
  }, 4000);
}

document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (link && isDownload(link.getAttribute('href'))) showBusy(link);
});

// Phone layout (issue 15 §5): below 48rem the main menu collapses behind a "Menu" button; without JavaScript it
// stays open. Wide tables become stacked cards below 600 px: each cell is labelled with its column's heading.
(() => {
  const toggle = document.querySelector('.nav-toggle');
  const header = document.querySelector('.site-header');
  if (toggle && header) {
    header.classList.add('site-header--collapsible');
    toggle.hidden = false;
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      header.classList.toggle('site-header--open', open);
    });
  }
  for (const table of document.querySelectorAll('main table:not(.no-stack)')) {
    const headings = [...table.querySelectorAll('thead tr:last-child th')].map((th) => th.textContent.trim());
    if (headings.length < 3) continue; // narrow tables fit as they are
    table.classList.add('stack-table');
    for (const row of table.querySelectorAll('tbody tr')) {
      [...row.children].forEach((cell, i) => {
        if (!cell.hasAttribute('data-label') && headings[i] && cell.getAttribute('colspan') === null) cell.setAttribute('data-label', headings[i]);
      });
    }
  }
})();

// "Chọn tất cả": a header checkbox that checks or clears every checkbox of its form with the given name.
document.addEventListener('change', (event) => {
  const all = event.target;
  if (!(all instanceof HTMLInputElement) || !all.dataset.selectAll || !all.form) return;
  for (const box of all.form.querySelectorAll(`input[type="checkbox"][name="${all.dataset.selectAll}"]`)) box.checked = all.checked;
});

// "In lịch" and other print buttons (inline handlers are not allowed by the content security policy).
document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('[data-print]') : null;
  if (button) window.print();
});
