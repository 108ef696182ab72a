/*
 * A page's ajax request that failed on the server (AjaxIncidentHandler) leaves the page as it was,
 * with what the person typed, and says so with the incident number to report. The message stays
 * until it is closed: a number that fades after six seconds cannot be written down.
 */
var Examenkamer = window.Examenkamer || {};

Examenkamer.incident = function (text, errorPage) {
    'use strict';
    var growl = PrimeFaces.getWidgetById('messages');
    if (!growl) {
        window.location.href = errorPage;
        return;
    }
    var sticky = growl.cfg.sticky;
    growl.cfg.sticky = true;
    growl.renderMessage({summary: text, detail: '', severity: 'error'});
    growl.cfg.sticky = sticky;
};
