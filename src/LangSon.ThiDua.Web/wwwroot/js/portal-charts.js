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

    var numberFormat = new Intl.NumberFormat("vi-VN");
    var stateColors = {
        NotStarted: "#adb5bd",
        OnTrack: "#0d6efd",
        AtRisk: "#ffc107",
        Overdue: "#dc3545",
        Achieved: "#198754",
        NotAchieved: "#212529"
    };

    // Targets by state in each content area, stacked (the dashboard's and the summary's chart): the tooltip names the
    // area in full and counts the Vietnamese way. `interaction` adds a click that opens the list behind a bar.
    function areaStates(areas, interaction) {
        var options = {
            maintainAspectRatio: false,
            scales: {
                x: { stacked: true },
                y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }
            },
            plugins: {
                legend: { position: "bottom" },
                tooltip: {
                    callbacks: {
                        title: function (items) {
                            return items.length
                                ? areas.labels[items[0].dataIndex] + ": " + areas.titles[items[0].dataIndex]
                                : "";
                        },
                        label: function (item) {
                            return item.dataset.label + ": " + numberFormat.format(item.parsed.y);
                        }
                    }
                }
            }
        };
        if (interaction) {
            options.onClick = interaction.onClick;
            options.onHover = interaction.onHover;
        }
        return {
            type: "bar",
            data: {
                labels: areas.labels,
                datasets: areas.series.map(function (series) {
                    return { label: series.label, data: series.values, backgroundColor: stateColors[series.key] };
                })
            },
            options: options
        };
    }

    return {
        show: show,
        numberFormat: numberFormat,
        stateColors: stateColors,
        areaStates: areaStates
    };
})();
