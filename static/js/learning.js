// Progressive enhancement for lessons: save reflections without reloading the page.
// Without JavaScript the same forms post normally and the page reloads.
(function () {
  "use strict";
  if (!window.fetch || !window.FormData) { return; }
  document.querySelectorAll("form[data-reflection-form]").forEach(function (form) {
    var status = form.querySelector(".reflection__status");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (status) { status.textContent = ""; }
      fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        headers: { "Accept": "application/json", "X-Requested-With": "fetch" },
        credentials: "same-origin"
      }).then(function (response) {
        return response.json().then(function (data) { return { ok: response.ok, data: data }; });
      }).then(function (result) {
        if (status) {
          status.textContent = result.data.message || "";
          status.style.color = result.ok ? "" : "var(--error)";
        }
      }).catch(function () {
        // Fall back to a normal submission if anything goes wrong.
        form.submit();
      });
    });
  });
  var results = document.getElementById("check-results");
  if (results && window.location.hash === "#check-results") { results.focus(); }
})();
