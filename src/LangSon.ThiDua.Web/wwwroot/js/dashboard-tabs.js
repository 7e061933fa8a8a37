// Bảng điều khiển in tabs. Without JavaScript the tab links jump to sections shown one after the other. Here the
// sections become Bootstrap tab panes (Bootstrap's tab plugin switches them, sets the ARIA roles and handles the
// arrow keys); the pane holding the address's #anchor opens first, because the pagers and the sort links of a table
// point at that table; the open pane is kept in the address so that reloading and going back return to it.
(function () {
    "use strict";

    var nav = document.getElementById("dashboard-tabs");
    var container = document.getElementById("dashboard-panes");
    if (!nav || !container || !window.bootstrap) {
        return;
    }
    var panes = container.querySelectorAll(".dashboard-pane");

    function paneOf(hash) {
        var id = hash ? decodeURIComponent(hash.slice(1)) : "";
        var target = id ? document.getElementById(id) : null;
        return target ? { pane: target.closest(".dashboard-pane"), target: target } : null;
    }

    function show(pane) {
        var link = nav.querySelector("[data-bs-target='#" + pane.id + "']");
        window.bootstrap.Tab.getOrCreateInstance(link).show();
    }

    container.classList.add("tab-content");
    panes.forEach(function (pane) {
        pane.classList.add("tab-pane");
    });

    // The first pane, opened for an address without an #anchor, is not written into the address: the browser would
    // scroll the page down to that anchor once loaded, past the title and the figures above the tabs.
    var opening = true;
    nav.addEventListener("shown.bs.tab", function (event) {
        var id = event.target.getAttribute("data-bs-target");
        if (!opening && window.location.hash !== id) {
            window.history.replaceState(null, "", id);
        }
        // Charts and scroll regions measured while hidden measure again now that the pane has a size.
        window.dispatchEvent(new Event("resize"));
    });

    function openFromAddress() {
        var found = paneOf(window.location.hash);
        if (!found || !found.pane) {
            return false;
        }
        show(found.pane);
        if (found.target !== found.pane) {
            found.target.scrollIntoView();
        }
        return true;
    }

    if (!openFromAddress()) {
        show(panes[0]);
    }
    opening = false;
    window.addEventListener("hashchange", openFromAddress);
}());
