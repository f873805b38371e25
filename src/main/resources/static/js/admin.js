// The back office on every page: a destructive action (a form marked data-confirm) asks first,
// in the words of its data-confirm attribute; without scripts the action runs as before.
document.addEventListener('submit', function (event) {
  var form = event.target.closest('form[data-confirm]');
  if (form && !window.confirm(form.getAttribute('data-confirm'))) {
    event.preventDefault();
  }
});
