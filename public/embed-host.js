/* Auto-height for charts embedded from this site. Applies a height only when the message comes
   from this script's own origin and from the very iframe being resized. */
(function () {
  var s = document.currentScript, origin = s && new URL(s.src, location.href).origin;
  if (!origin || window.lcsEmbedHost) return;
  window.lcsEmbedHost = 1;
  addEventListener("message", function (e) {
    var d = e.data, h = d && +d.height, f = document.getElementsByTagName("iframe"), i;
    if (e.origin !== origin || !d || d.type !== "lcs:embed-height" || !(h > 0 && h < 20000)) return;
    for (i = 0; i < f.length; i++) if (f[i].contentWindow === e.source) f[i].style.height = Math.ceil(h) + "px";
  });
})();
