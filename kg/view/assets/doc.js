/* kg view, document pages: click a highlighted span to list the nodes read there; a link to
   #START-END outlines that evidence span and scrolls to it. */
(function () {
  'use strict';
  var holder = document.getElementById('kg-doc');
  if (!holder) { return; }
  var data = JSON.parse(holder.textContent);
  var panel = document.getElementById('panel');
  var segments = Array.prototype.slice.call(document.querySelectorAll('.doctext .hl'));

  function ids(seg) { return seg.getAttribute('data-ev').split(' '); }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  function mark(predicate) {
    var first = null;
    segments.forEach(function (seg) {
      var on = ids(seg).some(predicate);
      seg.classList.toggle('target', on);
      if (on && !first) { first = seg; }
    });
    return first;
  }

  function describe(list) {
    if (!panel) { return; }
    panel.textContent = '';
    list.forEach(function (i) {
      var ev = data.ev[i];
      panel.appendChild(el('h2', null, ev.kind));
      panel.appendChild(el('p', 'where', '[' + ev.start + ', ' + ev.end + ')'));
      var ul = el('ul');
      ev.nodes.forEach(function (n) {
        var li = el('li');
        var name = el(n.href ? 'a' : 'span', null, n.label);
        if (n.href) { name.href = n.href; }
        li.appendChild(name);
        if (n.detail) { li.appendChild(el('span', 'kind', ' — ' + n.detail)); }
        ul.appendChild(li);
      });
      panel.appendChild(ul);
      panel.appendChild(el('q', null, ev.text));
    });
  }

  document.addEventListener('click', function (event) {
    var seg = event.target.closest ? event.target.closest('.doctext .hl') : null;
    if (!seg) { return; }
    var list = ids(seg);
    mark(function (i) { return list.indexOf(i) >= 0; });
    describe(list);
  });

  function fromHash() {
    var m = /^#(\d+)-(\d+)$/.exec(location.hash);
    if (!m) { return; }
    var start = Number(m[1]), end = Number(m[2]), found = [];
    data.ev.forEach(function (ev, i) { if (ev.start === start && ev.end === end) { found.push(String(i)); } });
    var first = mark(function (i) { return found.indexOf(i) >= 0; });
    if (first) { first.scrollIntoView({ block: 'center' }); describe(found); }
  }
  window.addEventListener('hashchange', fromHash);
  fromHash();
  document.documentElement.setAttribute('data-kg-ready', '1');
}());
