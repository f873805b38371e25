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
// Font size (A−, A, A+) and high contrast: kept across pages in this browser's localStorage only.
(function () {
  var tools = document.querySelector('.reading-tools');
  if (!tools) {
    return;
  }
  var root = document.documentElement;
  var sizes = ['90%', '100%', '112.5%', '125%', '140%'];
  function read(key, fallback) {
    try {
      var value = window.localStorage.getItem(key);
      return value === null ? fallback : value;
    } catch (e) {
      return fallback;
    }
  }
  function write(key, value) {
    try {
      window.localStorage.setItem(key, value);
    } catch (e) {
      // private browsing: the choice lasts for this page only
    }
  }
  var step = Math.max(0, Math.min(sizes.length - 1, parseInt(read('htx.fontStep', '1'), 10) || 1));
  var contrast = read('htx.contrast', 'off') === 'on';
  function apply() {
    root.style.fontSize = sizes[step];
    root.classList.toggle('contrast-high', contrast);
    tools.querySelector('[data-contrast]').setAttribute('aria-pressed', String(contrast));
  }
  apply();
  tools.hidden = false;
  tools.addEventListener('click', function (event) {
    var button = event.target.closest('button');
    if (!button) {
      return;
    }
    if (button.hasAttribute('data-contrast')) {
      contrast = !contrast;
      write('htx.contrast', contrast ? 'on' : 'off');
    } else {
      var change = parseInt(button.getAttribute('data-font-step'), 10);
      step = change === 0 ? 1 : Math.max(0, Math.min(sizes.length - 1, step + change));
      write('htx.fontStep', String(step));
    }
    apply();
  });
})();
// A photo page: the arrow keys go to the previous and next photo (the links do the same).
document.addEventListener('keydown', function (event) {
  if (event.altKey || event.ctrlKey || event.metaKey || /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName)) {
    return;
  }
  var link = document.querySelector('.photo-nav a[data-key="' + event.key + '"]');
  if (link) {
    window.location.href = link.href;
  }
});
// Share through the phone's own share sheet (Zalo and the other apps installed), where there is one.
document.querySelectorAll('[data-native-share]').forEach(function (item) {
  if (!navigator.share) {
    return;
  }
  item.hidden = false;
  item.querySelector('button').addEventListener('click', function (event) {
    var button = event.currentTarget;
    navigator.share({ title: button.getAttribute('data-title'), url: button.getAttribute('data-url') })
      .catch(function () { /* the visitor closed the sheet */ });
  });
});
