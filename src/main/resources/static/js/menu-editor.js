// The menu editor: where a mouse exists, drag an item among
// its siblings (top-level items among themselves, sub-items under the same parent). The buttons
// "Lên" and "Xuống" do the same without a mouse or without scripts.
(function () {
  'use strict';
  var list = document.getElementById('menu-editor');
  if (!list || !window.matchMedia('(pointer: fine)').matches) {
    return;
  }
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  var dragged = null;
  function parentOf(item) {
    return item.getAttribute('data-parent') || '';
  }
  function siblingsOf(item) {
    return Array.prototype.filter.call(list.children, function (other) {
      return parentOf(other) === parentOf(item);
    });
  }
  Array.prototype.forEach.call(list.children, function (item) {
    item.setAttribute('draggable', 'true');
    item.addEventListener('dragstart', function (event) {
      dragged = item;
      item.classList.add('menu-editor__item--dragging');
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', item.getAttribute('data-id'));
    });
    item.addEventListener('dragend', function () {
      item.classList.remove('menu-editor__item--dragging');
      dragged = null;
    });
    item.addEventListener('dragover', function (event) {
      if (dragged && dragged !== item && parentOf(dragged) === parentOf(item)) {
        event.preventDefault();
      }
    });
    item.addEventListener('drop', function (event) {
      if (!dragged || dragged === item || parentOf(dragged) !== parentOf(item)) {
        return;
      }
      event.preventDefault();
      var siblings = siblingsOf(item);
      var ids = siblings.map(function (s) { return s.getAttribute('data-id'); });
      var from = ids.indexOf(dragged.getAttribute('data-id'));
      var to = ids.indexOf(item.getAttribute('data-id'));
      ids.splice(to, 0, ids.splice(from, 1)[0]);
      var body = new URLSearchParams();
      body.append('menu', list.getAttribute('data-menu'));
      if (parentOf(item)) {
        body.append('parentId', parentOf(item));
      }
      ids.forEach(function (id) { body.append('ids', id); });
      var headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
      if (token && header) {
        headers[header.getAttribute('content')] = token.getAttribute('content');
      }
      fetch(list.getAttribute('data-reorder') || window.location.pathname + '/sap-xep', {
        method: 'POST', headers: headers, body: body, credentials: 'same-origin'
      }).then(function () { window.location.reload(); });
    });
  });
})();
