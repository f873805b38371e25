// While the search index is being rebuilt, shows its progress and reloads the page when it is done.
(function () {
  var status = document.getElementById('rebuild-status');
  if (!status || status.getAttribute('data-running') !== 'true') {
    return;
  }
  var url = status.getAttribute('data-progress-url');
  var bar = document.getElementById('rebuild-progress');
  var text = document.getElementById('rebuild-text');
  var template = status.getAttribute('data-running-text');
  var format = new Intl.NumberFormat('vi-VN');
  function poll() {
    fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.json(); })
      .then(function (p) {
        if (!p.running) {
          window.location.reload();
          return;
        }
        var percent = p.total > 0 ? Math.min(100, Math.floor(p.done * 100 / p.total)) : 0;
        bar.value = percent;
        bar.textContent = percent + '%';
        text.textContent = template.replace('{done}', format.format(p.done))
          .replace('{total}', format.format(p.total)).replace('{percent}', percent);
        window.setTimeout(poll, 1000);
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }
  window.setTimeout(poll, 1000);
})();
