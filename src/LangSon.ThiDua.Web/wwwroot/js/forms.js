// Forms that speak: when the server sends a form back refused, its error summary (FormErrorTagHelpers) takes the
// focus, so a screen reader reads what to fix and a keyboard user starts from there; a link in the summary moves to
// its field. No inline script anywhere (strict CSP).
(function () {
    "use strict";

    var summary = document.querySelector("[data-error-summary]");
    if (summary) {
        summary.focus();
    }

    document.addEventListener("click", function (event) {
        var link = event.target.closest && event.target.closest("[data-error-summary] a[href^='#']");
        if (!link) {
            return;
        }
        var field = document.getElementById(link.getAttribute("href").slice(1));
        if (field) {
            event.preventDefault();
            field.focus();
            field.scrollIntoView({ block: "center" });
        }
    });

    // A file field (FilePickerTagHelper) names what was chosen, in Vietnamese.
    document.addEventListener("change", function (event) {
        var input = event.target;
        if (!input.classList || !input.classList.contains("file-picker-input")) {
            return;
        }
        var names = document.querySelector("[data-file-names='" + input.id + "']");
        if (!names) {
            return;
        }
        var files = Array.prototype.map.call(input.files || [], function (file) { return file.name; });
        names.textContent = files.length === 0 ? "Chưa chọn tệp nào"
            : files.length === 1 ? files[0]
            : files.length + " tệp: " + files.join(", ");
    });
})();
