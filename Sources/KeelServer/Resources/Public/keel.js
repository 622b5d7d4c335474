// Keel progressive enhancement. Every page works without this file; it only adds comfort:
// confirmation before destructive posts, focus on the first invalid field, table sorting without a
// reload, and keyboard shortcuts (listed on /help/shortcuts).
(function () {
  "use strict";

  document.addEventListener("submit", function (event) {
    var form = event.target;
    // A form's own question, or the question of the button that sent it (bulk actions).
    var question = (event.submitter && event.submitter.dataset.confirm) || (form instanceof HTMLFormElement && form.dataset.confirm);
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });

  function cellValue(row, index) {
    var cell = row.children[index];
    if (!cell) return "";
    var text = cell.textContent.trim();
    // Numbers (amounts with currency signs and separators, percentages) sort as numbers.
    var numeric = text.replace(/[¥$€£,%\s]|HK\$/g, "");
    if (numeric !== "" && !isNaN(numeric) && /\d/.test(numeric)) return parseFloat(numeric);
    return text.toLowerCase();
  }

  function makeSortable(table) {
    var label = document.body.dataset.sortLabel || "Sort";
    Array.prototype.forEach.call(table.tHead ? table.tHead.rows[0].cells : [], function (th, index) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      button.title = label;
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      th.setAttribute("aria-sort", "none");
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(th.parentNode.children, function (other) { other.setAttribute("aria-sort", "none"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellValue(a, index), y = cellValue(b, index);
          var c = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
          return ascending ? c : -c;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  function typing(target) {
    return target && (target.isContentEditable || /^(input|textarea|select)$/i.test(target.tagName));
  }

  var pendingG = false;
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (typing(event.target)) {
      if (event.key === "Escape") event.target.blur();
      return;
    }
    var key = event.key;
    if (pendingG) {
      pendingG = false;
      if (key === "p") { window.location.href = "/projects"; event.preventDefault(); }
      if (key === "j") { var sw = document.getElementById("switch-q"); if (sw) { sw.focus(); event.preventDefault(); } }
      return;
    }
    if (key === "g") { pendingG = true; return; }
    if (key === "?") { window.location.href = "/help/shortcuts"; event.preventDefault(); return; }
    if (key === "/") {
      // The page's own search first, then the project switcher, then the page's first field.
      var field = document.querySelector("main input[type=search]") || document.getElementById("switch-q") ||
        document.querySelector("main input:not([type=hidden]), main textarea");
      if (field) { field.focus(); event.preventDefault(); }
      return;
    }
    var link = document.querySelector("[data-key='" + key + "']");
    if (link) { link.click(); event.preventDefault(); }
  });

  document.addEventListener("DOMContentLoaded", function () {
    var invalid = document.querySelector("[aria-invalid=true]");
    if (invalid) invalid.focus();
    Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), makeSortable);
    // A page showing something still under way (a background run) reloads until it is done.
    var refresh = document.querySelector("[data-refresh]");
    if (refresh) setTimeout(function () { window.location.reload(); }, 1000 * Number(refresh.getAttribute("data-refresh") || 2));
  });
})();
