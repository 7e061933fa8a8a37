// Bảng điều khiển: the page holds one tab, chosen by ?tab= (each tab is a link). Links made when every tab was in the
// page name a tab by an #anchor instead: the tab's own (#tab-don-vi) or that of a table inside it, where its pager
// and sort links pointed (/Dashboard?page=2#tien-do-don-vi). When that anchor is not on the page, open its tab's link
// (which keeps the query string), with the table's anchor.
(function () {
    "use strict";

    var tableTabs = {
        "qua-han": "cham-tien-do",
        "tien-do-don-vi": "don-vi",
        "tien-do-khoi-cum": "khoi-cum",
        "ban-do-nhiet": "ban-do-nhiet"
    };
    var anchor = decodeURIComponent(window.location.hash.slice(1));
    if (!anchor || document.getElementById(anchor)) {
        return;
    }
    var ownAnchor = /^tab-(.+)$/.exec(anchor);
    var link = document.getElementById("tab-" + (ownAnchor ? ownAnchor[1] : tableTabs[anchor]) + "-link");
    if (link) {
        window.location.replace(link.href + (ownAnchor ? "" : "#" + anchor));
    }
}());
