// Filters the home page's table of actions as you type. Without JavaScript the box stays
// hidden and the whole table shows: every page works with it off.
(function () {
  "use strict";
  var box = document.getElementById("search");
  var input = document.getElementById("filter");
  var table = document.getElementById("actions");
  var count = document.getElementById("filter-count");
  if (!box || !input || !table) { return; }
  box.hidden = false;
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  input.addEventListener("input", function () {
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row) {
      var text = row.textContent.toLowerCase();
      var match = words.every(function (w) { return text.indexOf(w) >= 0; });
      row.hidden = !match;
      if (match) { shown += 1; }
    });
    count.textContent = words.length ? shown + " of " + rows.length + " actions" : "";
  });
}());
