// Progressive enhancement only: every page works without this file.
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-print]');
  if (button) {
    window.print();
  }
});
