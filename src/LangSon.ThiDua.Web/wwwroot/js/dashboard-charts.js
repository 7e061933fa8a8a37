// Bảng điều khiển: draws the charts from the JSON block #dashboard-data with Chart.js (wwwroot/lib/chart.js).
// No inline script: this file is loaded by the page and reads data only, so a strict CSP can forbid inline code.
// Without JavaScript (or Chart.js), the charts stay hidden and the tables below them are shown open.
(function () {
    "use strict";

    var dataElement = document.getElementById("dashboard-data");
    if (!dataElement || typeof window.Chart === "undefined" || !window.portalCharts) {
        return;
    }

    var data = JSON.parse(dataElement.textContent || "{}");
    var planColors = {
        NotStarted: "#adb5bd",
        Draft: "#6c757d",
        Submitted: "#0d6efd",
        Returned: "#ffc107",
        Accepted: "#198754"
    };
    var numberFormat = window.portalCharts.numberFormat;


    // A click on a bar or slice opens the list behind the number, as the links in the tables do.
    function openLink(links) {
        return function (event, elements) {
            if (elements.length === 0) {
                return;
            }
            var element = elements[0];
            var url = Array.isArray(links[0]) ? links[element.datasetIndex][element.index] : links[element.index];
            if (url) {
                window.location.href = url;
            }
        };
    }

    function pointer(event, elements) {
        event.native.target.style.cursor = elements.length > 0 ? "pointer" : "default";
    }

    var show = window.portalCharts.show;

    if (data.planStatuses) {
        var plans = data.planStatuses;
        show("planStatuses", {
            type: "doughnut",
            data: {
                labels: plans.labels,
                datasets: [{
                    data: plans.values,
                    backgroundColor: plans.keys.map(function (key) { return planColors[key]; })
                }]
            },
            options: {
                maintainAspectRatio: false,
                onClick: openLink(plans.links),
                onHover: pointer,
                plugins: { legend: { position: "right" } }
            }
        });
    }

    if (data.areaStates) {
        var areas = data.areaStates;
        show("areaStates", window.portalCharts.areaStates(areas, {
            onClick: openLink(areas.series.map(function (series) { return series.links; })),
            onHover: pointer
        }));
    }

    if (data.weeks) {
        var weeks = data.weeks;
        show("weeks", {
            type: "bar",
            data: {
                labels: weeks.labels,
                datasets: [{ label: "Số báo cáo", data: weeks.values, backgroundColor: "#a4161a" }]
            },
            options: {
                maintainAspectRatio: false,
                onClick: openLink(weeks.links),
                onHover: pointer,
                scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
                plugins: {
                    legend: { display: false },
                    tooltip: {
                        callbacks: {
                            title: function (items) { return items.length ? weeks.labels[items[0].dataIndex] + " (" + weeks.ranges[items[0].dataIndex] + ")" : ""; },
                            label: function (item) { return numberFormat.format(item.parsed.y) + " báo cáo"; }
                        }
                    }
                }
            }
        });
    }
}());
