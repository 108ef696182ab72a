/*
 * PrimeFaces centres a dialog the first time it opens and keeps it there: opened again after the
 * window changed width (a tablet or a phone turned, a window narrowed), it stood where it had been,
 * half off a phone's screen with its confirming button. PrimeFaces re-centres only a dialog that is
 * open while the window changes; each closed one is centred anew when it next opens.
 */
(function () {
    'use strict';

    function placeClosedDialogsAnew() {
        Object.keys(PrimeFaces.widgets).forEach(function (name) {
            var widget = PrimeFaces.widgets[name];
            if (widget instanceof PrimeFaces.widget.Dialog && !widget.isVisible()) {
                widget.positionInitialized = false;
            }
        });
    }

    // by then PrimeFaces' own scripts have loaded whatever their order in the head
    document.addEventListener('DOMContentLoaded', function () {
        if (window.PrimeFaces && PrimeFaces.widget.Dialog) {
            window.addEventListener('resize', placeClosedDialogsAnew);
        }
    });
})();
