// Theo dõi khối, cụm thi đua: the khối and the cụm by the state of their year's pact, one stacked bar each, drawn
// from the JSON block #overview-data with Chart.js through portal-charts.js. No inline script (strict CSP); without
// JavaScript the chart stays hidden and its table is shown open. A click on a segment opens the list filtered to it.
(function () {
    "use strict";

    var dataElement = document.getElementById("overview-data");
    if (!dataElement || typeof window.Chart === "undefined" || !window.portalCharts) {
        return;
    }

    var data = JSON.parse(dataElement.textContent || "{}");
    var stateColors = {
        none: "#adb5bd",
        Draft: "#6c757d",
        OpenForSigning: "#ffc107",
        AllSigned: "#0dcaf0",
        ScoringOpen: "#0d6efd",
        ScoringClosed: "#198754"
    };
    var numberFormat = window.portalCharts.numberFormat;

    window.portalCharts.show("pactStates", {
        type: "bar",
        data: {
            labels: data.labels,
            datasets: data.series.map(function (series) {
                return { label: series.label, data: series.values, backgroundColor: stateColors[series.key] };
            })
        },
        options: {
            indexAxis: "y",
            maintainAspectRatio: false,
            scales: {
                x: { stacked: true, beginAtZero: true, ticks: { precision: 0 } },
                y: { stacked: true }
            },
            onClick: function (event, elements) {
                if (elements.length > 0) {
                    window.location.href = data.series[elements[0].datasetIndex].links[elements[0].index];
                }
            },
            onHover: function (event, elements) {
                event.native.target.style.cursor = elements.length > 0 ? "pointer" : "default";
            },
            plugins: {
                legend: { position: "bottom" },
                tooltip: {
                    callbacks: {
                        label: function (item) {
                            return item.dataset.label + ": " + numberFormat.format(item.parsed.x);
                        }
                    }
                }
            }
        }
    });
}());
