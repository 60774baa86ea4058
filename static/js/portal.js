// Progressive enhancement only: every page works without this file.
document.documentElement.classList.remove("no-js");
document.documentElement.classList.add("js");

// Closed <details> sections (the framework's domains) open for a link to something
// inside them and for printing. Browsers that open them by themselves lose nothing.
(function () {
  function openTarget() {
    var id;
    try { id = decodeURIComponent(window.location.hash.slice(1)); } catch (error) { return; }
    var target = id && document.getElementById(id);
    for (var node = target; node; node = node.parentElement) {
      if (node.tagName === "DETAILS") node.open = true;
    }
  }
  window.addEventListener("hashchange", openTarget);
  document.addEventListener("DOMContentLoaded", openTarget);
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details").forEach(function (details) { details.open = true; });
  });
})();
