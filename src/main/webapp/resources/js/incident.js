/*
 * A page's ajax request that failed on the server (AjaxIncidentHandler) leaves the page as it was,
 * with what the person typed, and says so with the incident number to report, in the layout's own
 * growl for incidents: the page's messages are replaced at its next request, and a number that
 * fades before it is written down helps nobody.
 */
var Examenkamer = window.Examenkamer || {};

Examenkamer.incident = function (text, errorPage) {
    'use strict';
    var incidents = PrimeFaces.getWidgetById('pageIncidents');
    if (!incidents) {
        window.location.href = errorPage;
        return;
    }
    // the latest only: a failure that repeats (the proctor's live view refreshing every five seconds
    // while the database is away) shows one message, not a stack that grows over the page
    incidents.removeAll();
    incidents.renderMessage({summary: text, detail: '', severity: 'error'});
};
