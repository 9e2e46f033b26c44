(function () {
  "use strict";
  // Statement details keyed by element id ("a1-s-3"); each report section has its own panel.
  var data = JSON.parse(document.getElementById("statement-data").textContent);
  var pinned = {};

  function row(list, name, value) {
    if (value === null || value === undefined || value === "" ||
        (Array.isArray(value) && value.length === 0)) { return; }
    var dt = document.createElement("dt");
    var dd = document.createElement("dd");
    dt.textContent = name;
    dd.textContent = Array.isArray(value) ? value.join(", ") : String(value);
    list.appendChild(dt);
    list.appendChild(dd);
  }

  function show(id) {
    var s = data[id];
    var el = document.getElementById(id);
    if (!s || !el) { return; }
    var report = el.closest(".report");
    var list = report.querySelector(".details-list");
    list.textContent = "";
    row(list, "Statement", "#" + s.index);
    row(list, "Type", s.label);
    row(list, "Source", s.source);
    row(list, "Cue", s.cue);
    row(list, "Via", s.via);
    if (s.type === "unnamed_source") {
      row(list, "Reason for anonymity", s.anonymity_reason ? "given" : "not given");
    }
    row(list, "Refers back to", s.resolved_from === null ? null : "#" + s.resolved_from);
    row(list, "Confidence", s.confidence.toFixed(2) + (s.unsure ? " (unsure)" : ""));
    row(list, "Why", s.evidence);
    list.hidden = false;
    report.querySelector(".details-empty").hidden = true;
  }

  function pin(id) {
    var report = document.getElementById(id).closest(".report");
    report.querySelectorAll(".st.pinned").forEach(function (el) { el.classList.remove("pinned"); });
    pinned[report.id] = pinned[report.id] === id ? null : id;
    if (pinned[report.id]) {
      document.getElementById(id).classList.add("pinned");
      show(id);
    }
  }

  document.querySelectorAll(".article .st").forEach(function (el) {
    el.addEventListener("mouseenter", function () { show(el.id); });
    el.addEventListener("mouseleave", function () {
      var kept = pinned[el.closest(".report").id];
      if (kept) { show(kept); }
    });
    el.addEventListener("click", function () { pin(el.id); });
    el.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); pin(el.id); }
    });
  });

  document.querySelectorAll("a[data-goto]").forEach(function (a) {
    a.addEventListener("click", function (event) {
      var id = a.dataset.goto;
      event.preventDefault();
      pinned[document.getElementById(id).closest(".report").id] = null;
      pin(id);
      document.getElementById(id).scrollIntoView({ block: "center" });
    });
  });
}());
