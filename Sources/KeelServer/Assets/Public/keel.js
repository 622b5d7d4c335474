// Keel progressive enhancement. Every page works without this file; it only adds comfort:
// confirmation before destructive posts, focus on the first invalid field, table sorting without a
// reload, inline editing of table cells, and keyboard shortcuts (listed on /help/shortcuts).
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
    // A cell that is not text (traffic lights) carries its sort value.
    var given = cell.getAttribute("data-sort");
    if (given !== null) return parseFloat(given);
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
      // The heading's markup (a legend below the title) moves into the button as it is.
      while (th.firstChild) button.appendChild(th.firstChild);
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

  // Inline editing. A row marked data-edit-url (the address its edit form posts to, with the
  // version it was read at) has cells marked data-edit (a field name, its value as the form takes
  // it). A cell's pencil opens a one-field form that posts to the row's address like the full form
  // would, with _partial=1 so that fields not sent stay as they are. On success the page's regions
  // marked data-inline-scope are swapped for the fresh ones (a task's new duration moves its
  // successors); on a refusal the server's message for that field is shown beside it.
  function label(name, fallback) { return document.body.getAttribute("data-" + name) || fallback; }

  function enhanceEditing(root) {
    Array.prototype.forEach.call(root.querySelectorAll("[data-edit-url] [data-edit]"), function (cell) {
      if (cell.querySelector("button.inline-edit")) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "inline-edit";
      button.textContent = "\u270E";
      button.setAttribute("aria-label", label("edit-label", "Edit") + ": " + cell.getAttribute("data-edit-name"));
      button.addEventListener("click", function () { openEditor(cell); });
      // Right after the value, before any badges that follow it.
      cell.insertBefore(button, cell.querySelector(":scope > .badge"));
    });
  }

  function openEditor(cell) {
    var row = cell.closest("[data-edit-url]");
    var kept = Array.prototype.slice.call(cell.childNodes);
    var form = document.createElement("form");
    form.className = "inline-form";
    var input = document.createElement("input");
    input.name = cell.getAttribute("data-edit");
    input.value = cell.getAttribute("data-value") || "";
    input.setAttribute("aria-label", cell.getAttribute("data-edit-name"));
    if (cell.classList.contains("num")) input.inputMode = "decimal";
    var save = document.createElement("button");
    save.type = "submit";
    save.textContent = label("save-label", "Save");
    var error = document.createElement("span");
    error.className = "error";
    error.id = "inline-error";
    error.setAttribute("role", "alert");
    form.appendChild(input);
    form.appendChild(save);
    form.appendChild(error);
    cell.textContent = "";
    cell.appendChild(form);
    input.focus();
    input.select();
    function close() {
      cell.textContent = "";
      kept.forEach(function (node) { cell.appendChild(node); });
      var again = cell.querySelector("button.inline-edit");
      if (again) again.focus();
    }
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { event.preventDefault(); event.stopPropagation(); close(); }
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var csrf = document.querySelector("input[name=_csrf]");
      var body = new URLSearchParams();
      body.append("_csrf", csrf ? csrf.value : "");
      body.append("_version", row.getAttribute("data-edit-version") || "");
      body.append("_partial", "1");
      body.append(input.name, input.value);
      input.disabled = save.disabled = true;
      fetch(row.getAttribute("data-edit-url"), { method: "POST", body: body, credentials: "same-origin" })
        .then(function (response) {
          return response.text().then(function (text) {
            var doc = new DOMParser().parseFromString(text, "text/html");
            if (response.ok) {
              // The form went back to another view of the page (other filters, zoom): read this one.
              var here = window.location.href.split("#")[0];
              var fresh = response.url.split("#")[0] === here ? Promise.resolve(doc) :
                fetch(here, { credentials: "same-origin" }).then(function (r) { return r.text(); })
                  .then(function (t) { return new DOMParser().parseFromString(t, "text/html"); });
              return fresh.then(function (page) {
                if (!swapRegions(page)) { window.location.reload(); return; }
                var back = document.getElementById(row.id);
                var button = back && back.querySelector("[data-edit='" + input.name + "'] button.inline-edit");
                if (button) button.focus();
              });
            }
            var field = doc.querySelector("[name='" + input.name + "']");
            var message = (field && field.closest(".field") && field.closest(".field").querySelector(".error")) ||
              doc.querySelector(".alert[role=alert]");
            fail(message ? message.textContent : "");
          });
        })
        .catch(function () { fail(""); });
    });
    function fail(message) {
      input.disabled = save.disabled = false;
      error.textContent = message || label("edit-failed", "Not saved.");
      input.setAttribute("aria-invalid", "true");
      input.setAttribute("aria-describedby", error.id);
      input.focus();
    }
  }

  function swapRegions(doc) {
    var regions = Array.prototype.slice.call(document.querySelectorAll("[data-inline-scope][id]"));
    if (!regions.length || !regions.every(function (r) { return doc.getElementById(r.id); })) return false;
    regions.forEach(function (region) {
      var fresh = document.importNode(doc.getElementById(region.id), true);
      region.parentNode.replaceChild(fresh, region);
      enhance(fresh);
    });
    return true;
  }

  function enhance(root) {
    Array.prototype.forEach.call(root.querySelectorAll("table.sortable"), makeSortable);
    enhanceEditing(root);
  }

  // The Gantt chart: zoom and collapse links (inside data-swap-links) redraw the page's regions in
  // place and the address follows, so a reload keeps the view; a bar leads to its row in the table.
  document.addEventListener("click", function (event) {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0 || !event.target.closest) return;
    var link = event.target.closest("[data-swap-links] a[href]");
    if (link) {
      var href = new URL(link.getAttribute("href"), window.location.href).href;
      event.preventDefault();
      fetch(href, { credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
        .then(function (text) {
          if (!swapRegions(new DOMParser().parseFromString(text, "text/html"))) throw new Error("regions");
          window.history.pushState(null, "", href);
          drawnInPlace = true;
        })
        .catch(function () { window.location.href = href; });
      return;
    }
    var bar = event.target.closest("g[data-row]");
    var row = bar && document.getElementById(bar.getAttribute("data-row"));
    if (row) {
      row.scrollIntoView({ block: "center" });
      row.classList.add("flash");
      setTimeout(function () { row.classList.remove("flash"); }, 2000);
    }
  });
  // Back and forward through views drawn in place: show the page of that address.
  var drawnInPlace = false;
  window.addEventListener("popstate", function () { if (drawnInPlace) window.location.reload(); });

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
    enhance(document);
    // A page showing something still under way (a background run) reloads until it is done.
    var refresh = document.querySelector("[data-refresh]");
    if (refresh) setTimeout(function () { window.location.reload(); }, 1000 * Number(refresh.getAttribute("data-refresh") || 2));
  });
})();
