// Progressive enhancement only: every page works without this file.

// The main menu's button on phones: the menu is shown or hidden, and the button says which.
document.addEventListener('click', function (event) {
  var toggle = event.target.closest('.menu-toggle');
  if (!toggle) {
    return;
  }
  var menu = document.getElementById(toggle.getAttribute('aria-controls'));
  var open = toggle.getAttribute('aria-expanded') !== 'true';
  toggle.setAttribute('aria-expanded', String(open));
  menu.classList.toggle('is-open', open);
});
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-print]');
  if (button) {
    window.print();
  }
});
// "Sao chép liên kết": copies the page's address; without scripts it is a link to the page itself.
document.addEventListener('click', function (event) {
  var link = event.target.closest('[data-copy-link]');
  if (!link || !navigator.clipboard) {
    return;
  }
  event.preventDefault();
  navigator.clipboard.writeText(link.href).then(function () {
    link.textContent = link.getAttribute('data-copied');
  });
});
