// The print views' "Print" button (no inline script: the content security policy allows only files from the app).
document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target.closest('[data-print]') : null;
  if (target) window.print();
});
