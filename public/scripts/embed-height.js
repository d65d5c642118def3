/* Embedded chart -> embedding page: "my content is N px tall", whenever that changes. Only a
   height is sent (nothing private), so any parent may read it; the parent's embed-host.js checks
   that the message really comes from its iframe and from this site. */
(function () {
  if (window.parent === window) return;
  var last = 0;
  function post() {
    var h = Math.ceil(document.body.getBoundingClientRect().height);
    if (h && h !== last) {
      last = h;
      window.parent.postMessage({ type: "lcs:embed-height", height: h }, "*");
    }
  }
  if (window.ResizeObserver) new ResizeObserver(post).observe(document.body);
  window.addEventListener("load", post);
  post();
})();
