// Shared by the dashboard, the year-end summary and the public results (loaded before their own chart file): Chart.js
// defaults for Vietnamese, the colours of the target states, and drawing a chart into its box while its table stays
// one click away. Reads nothing from the page by itself; no inline script anywhere (strict CSP).
window.portalCharts = (function () {
    "use strict";

    if (typeof window.Chart !== "undefined") {
        Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
        Chart.defaults.locale = "vi-VN";
    }

    function show(name, config) {
        var box = document.querySelector("[data-chart='" + name + "']");
        if (!box) {
            return;
        }
        box.hidden = false;
        new Chart(box.querySelector("canvas"), config);
        // The chart is drawn: its table stays one click away ("Xem dạng bảng") and always readable by screen readers.
        var details = box.parentElement.querySelector("details.chart-table");
        if (details) {
            details.open = false;
        }
    }

    return {
        show: show,
        numberFormat: new Intl.NumberFormat("vi-VN"),
        stateColors: {
            NotStarted: "#adb5bd",
            OnTrack: "#0d6efd",
            AtRisk: "#ffc107",
            Overdue: "#dc3545",
            Achieved: "#198754",
            NotAchieved: "#212529"
        }
    };
})();
