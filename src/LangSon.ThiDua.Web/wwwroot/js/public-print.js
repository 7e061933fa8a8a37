// "In trang" on the public pages: any element with data-print opens the browser's print dialog (no inline script: CSP).
document.querySelectorAll('[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function (event) {
        event.preventDefault();
        window.print();
    });
});
