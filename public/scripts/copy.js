/* Adds a copy button after each [data-copy] element (the embed snippet, the citation). Without
   JavaScript the text is still there to select; this only saves a step. Labels come from the
   element's data-copy, data-copied and data-copy-failed attributes, so the page owns its text. */
(function () {
  var els = document.querySelectorAll("[data-copy]");
  for (var i = 0; i < els.length; i++) add(els[i]);
  function add(el) {
    var b = document.createElement("button"), st = document.createElement("span");
    b.type = "button";
    b.className = "copy-btn";
    b.textContent = el.getAttribute("data-copy");
    st.className = "copy-status";
    st.setAttribute("role", "status");
    b.addEventListener("click", function () {
      var text = (el.value !== undefined ? el.value : el.textContent).trim();
      function done(ok) { st.textContent = el.getAttribute(ok ? "data-copied" : "data-copy-failed"); }
      function legacy() {
        if (el.select) el.select();
        else getSelection().selectAllChildren(el);
        try { return document.execCommand("copy"); } catch (e) { return false; }
      }
      if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(legacy()); });
      else done(legacy());
    });
    el.insertAdjacentElement("afterend", b);
    b.insertAdjacentElement("afterend", st);
  }
})();
