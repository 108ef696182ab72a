/*
 * PrimeFaces renders every paginator as a navigation landmark without a name, so a screen reader's
 * list of landmarks reads "navigation, navigation, navigation" on a page with a paged table. Each
 * paginator is named after the card it sits in ("Paginering: Auditlog, boven"), from the texts the
 * layout puts on the body; again after an ajax update, which renders the paginators anew.
 */
(function () {
    'use strict';

    function nameEachPaginator() {
        var texts = document.body.dataset;
        document.querySelectorAll('.ui-paginator[role="navigation"]:not([aria-label])').forEach(function (paginator) {
            var card = paginator.closest('.ek-card');
            var heading = card ? card.querySelector('h1, h2') : null;
            var label = texts.pagingLabel + (heading ? ': ' + heading.textContent.trim() : '');
            if (paginator.classList.contains('ui-paginator-top')) {
                label += ', ' + texts.pagingTop;
            } else if (paginator.parentElement.querySelector('.ui-paginator-top')) {
                label += ', ' + texts.pagingBottom;
            }
            paginator.setAttribute('aria-label', label);
        });
    }

    // by then PrimeFaces' own scripts, jQuery among them, have loaded whatever their order in the head
    document.addEventListener('DOMContentLoaded', function () {
        nameEachPaginator();
        jQuery(document).on('pfAjaxComplete', nameEachPaginator);
    });
})();
