// Báo cáo tổng kết and the public results page: draws the charts from the JSON block #summary-data with Chart.js
// (wwwroot/lib/chart.js). No inline script: this file reads data only, so a strict CSP can forbid inline code.
// Without JavaScript (or Chart.js), the charts stay hidden and the tables below them are shown open.
(function () {
    "use strict";

    var dataElement = document.getElementById("summary-data");
    if (!dataElement || typeof window.Chart === "undefined" || !window.portalCharts) {
        return;
    }

    var data = JSON.parse(dataElement.textContent || "{}");
    var outcomeColors = {
        InProgress: "#adb5bd",
        Ineligible: "#6c757d",
        Failed: "#dc3545",
        Passed: "#0dcaf0",
        Awarded: "#198754",
        Forwarded: "#6f42c1"
    };
    var numberFormat = window.portalCharts.numberFormat;

    var show = window.portalCharts.show;

    if (data.areaStates) {
        show("areaStates", window.portalCharts.areaStates(data.areaStates));
    }

    // One ring per award form, each split by outcome; the legend names the outcomes, the tooltip the form too.
    if (data.nominations && data.nominations.forms.length > 0) {
        var nominations = data.nominations;
        show("nominations", {
            type: "doughnut",
            data: {
                labels: nominations.labels,
                datasets: nominations.forms.map(function (form) {
                    return {
                        label: form.label,
                        data: form.values,
                        backgroundColor: nominations.keys.map(function (key) { return outcomeColors[key]; })
                    };
                })
            },
            options: {
                maintainAspectRatio: false,
                plugins: {
                    legend: { position: "right" },
                    tooltip: {
                        callbacks: {
                            label: function (item) { return item.dataset.label + " – " + item.label + ": " + numberFormat.format(item.parsed); }
                        }
                    }
                }
            }
        });
    }
}());
