// Tables on a phone. Each cell of a ".table-stack" table carries the name of its column (data-label), which
// site.css shows in front of the value when the rows become cards below 576 px. A table region that still scrolls
// sideways can be reached and scrolled by keyboard: it gets tabindex, the region role and a name.
(function () {
    "use strict";

    function text(element) {
        return element ? element.textContent.replace(/\s+/g, " ").trim() : "";
    }

    document.querySelectorAll("table.table-stack").forEach(function (table) {
        var heads = Array.prototype.map.call(table.querySelectorAll("thead th"), text);
        table.querySelectorAll("tbody tr").forEach(function (row) {
            var column = 0;
            Array.prototype.forEach.call(row.children, function (cell) {
                if (!cell.hasAttribute("data-label") && heads[column]) {
                    cell.setAttribute("data-label", heads[column]);
                }
                column += cell.colSpan || 1;
            });
        });
    });

    function markScrollable() {
        document.querySelectorAll(".table-responsive").forEach(function (region) {
            if (region.scrollWidth <= region.clientWidth + 1 || region.hasAttribute("tabindex")) {
                return;
            }
            var table = region.querySelector("table");
            region.tabIndex = 0;
            region.setAttribute("role", "region");
            region.setAttribute("aria-label", text(region.querySelector("caption"))
                || (table && table.getAttribute("aria-label")) || "Bảng, cuộn ngang để xem hết");
        });
    }

    markScrollable();
    window.addEventListener("resize", markScrollable);
}());
