/* kg view: the evidence panel (click a node, an edge or a timeline mark) and zoom/pan of networks. */
(function () {
  'use strict';
  var holder = document.getElementById('kg-data');
  var data = holder ? JSON.parse(holder.textContent) : {};
  var panel = document.getElementById('panel');
  var selected = null;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  function show(id) {
    var d = data[id];
    if (!d || !panel) { return; }
    panel.textContent = '';
    panel.appendChild(el('h2', null, d.label));
    panel.appendChild(el('p', 'kind', d.kind + (d.detail ? ' — ' + d.detail : '')));
    if (d.iri) { panel.appendChild(el('p', 'iri', d.iri)); }
    if (d.page) {
      var go = el('a', null, 'profile page');
      go.href = d.page;
      panel.appendChild(go);
    }
    panel.appendChild(el('p', 'hint', d.evidence.length + ' evidence span(s)'));
    var list = el('ol', 'evidence');
    d.evidence.forEach(function (ev) {
      var li = el('li');
      var where = el(ev.href ? 'a' : 'span', 'where', ev.where);
      if (ev.href) { where.href = ev.href; }
      li.appendChild(where);
      li.appendChild(document.createTextNode(' '));
      li.appendChild(el('q', null, ev.text));
      list.appendChild(li);
    });
    panel.appendChild(list);
    if (selected) { selected.classList.remove('selected'); }
    selected = document.getElementById(id);
    if (selected) { selected.classList.add('selected'); }
  }

  document.addEventListener('click', function (event) {
    var t = event.target;
    while (t && t !== document && !(t.id && data[t.id])) { t = t.parentNode; }
    if (t && t !== document) { show(t.id); }
  });

  Array.prototype.forEach.call(document.querySelectorAll('svg.kg-network'), function (svg) {
    var vb = svg.viewBox.baseVal;
    var drag = null;
    function scale() { return vb.width / (svg.clientWidth || vb.width); }
    svg.addEventListener('wheel', function (e) {
      e.preventDefault();
      var f = e.deltaY > 0 ? 1.15 : 1 / 1.15;
      var r = svg.getBoundingClientRect();
      var px = vb.x + (e.clientX - r.left) * scale();
      var py = vb.y + (e.clientY - r.top) * scale();
      vb.x = px - (px - vb.x) * f; vb.y = py - (py - vb.y) * f;
      vb.width *= f; vb.height *= f;
    }, { passive: false });
    svg.addEventListener('mousedown', function (e) { drag = { x: e.clientX, y: e.clientY }; });
    window.addEventListener('mouseup', function () { drag = null; });
    window.addEventListener('mousemove', function (e) {
      if (!drag) { return; }
      vb.x -= (e.clientX - drag.x) * scale(); vb.y -= (e.clientY - drag.y) * scale();
      drag = { x: e.clientX, y: e.clientY };
    });
  });

  var first = /^#(n|e|t)\d+$/.test(location.hash) ? location.hash.slice(1) : null;
  if (first) { show(first); }
  document.documentElement.setAttribute('data-kg-ready', '1');
}());
