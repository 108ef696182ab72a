/*
 * The exam page. Every change of an answer or flag is saved at once through the attempt's JSON
 * endpoint with a sequence number that only grows, so a repeated or late save changes nothing on
 * the server. What is not yet acknowledged stays in localStorage and is sent again until the
 * server has it: a dropped connection or a closed tab loses nothing that was typed. The clock
 * only shows the server's deadline; the server enforces it. It says so once when fifteen and five
 * minutes are left, and when the proctor's extra time moves the deadline, since a number that
 * jumps on a timer is easy to miss.
 */
(function () {
    'use strict';

    var root = document.getElementById('exam');
    if (!root) {
        return;
    }
    var data = root.dataset;
    var attemptUrl = data.api + data.attempt;
    var token = data.token;
    var storageKey = 'examenkamer-attempt-' + data.attempt;
    var sections = Array.prototype.slice.call(root.querySelectorAll('section.ek-item'));
    var state = {};
    var pending = {};
    var seq = Number(data.seq) || 0;
    var current = 0;
    var sending = false;
    var failing = false;
    var stopped = false;
    var retryDelay = 1000;
    var deadlineAt = Date.now() + Number(data.remaining) * 1000;
    var WARN_AT_SECONDS = [15 * 60, 5 * 60];
    var warnedBelow = Infinity;
    var noticeTimer = null;

    function byId(id) {
        return document.getElementById(id);
    }

    function positionOf(section) {
        return Number(section.dataset.position);
    }

    function readPending() {
        try {
            return JSON.parse(window.localStorage.getItem(storageKey) || '{}');
        } catch (e) {
            return {};
        }
    }

    function writePending() {
        try {
            window.localStorage.setItem(storageKey, JSON.stringify(pending));
        } catch (e) {
            // storage full or disabled: the answers are still in memory and being sent
        }
    }

    function showAnswer(section) {
        var entry = state[positionOf(section)];
        section.querySelectorAll('input').forEach(function (input) {
            input.checked = entry.answer.indexOf(input.value) >= 0;
        });
    }

    function init() {
        sections.forEach(function (section) {
            var position = positionOf(section);
            var answer = (section.dataset.answer || '').split(',').filter(function (label) {
                return label.length > 0;
            });
            state[position] = {
                answer: answer,
                flagged: section.dataset.flagged === 'true',
                serverSeq: Number(section.dataset.seq) || 0
            };
        });
        // what an earlier visit typed but the server never acknowledged
        var stored = readPending();
        Object.keys(stored).forEach(function (key) {
            var entry = stored[key];
            var position = Number(key);
            if (state[position] && entry.seq > state[position].serverSeq) {
                state[position].answer = entry.answer;
                state[position].flagged = entry.flagged;
                pending[position] = entry;
                seq = Math.max(seq, entry.seq);
            }
        });
        writePending();
        sections.forEach(showAnswer);
        sections.forEach(function (section) {
            section.querySelectorAll('input').forEach(function (input) {
                input.addEventListener('change', function () {
                    changed(section);
                });
            });
        });
        root.querySelectorAll('.ek-goto[data-position]').forEach(function (button) {
            button.addEventListener('click', function () {
                show(Number(button.dataset.position) - 1);
            });
        });
        byId('previous').addEventListener('click', function () {
            show(current - 1);
        });
        byId('next').addEventListener('click', function () {
            show(current + 1);
        });
        byId('flag').addEventListener('click', toggleFlag);
        byId('submitExam').addEventListener('click', askToSubmit);
        byId('cancelSubmit').addEventListener('click', function () {
            PF('submitDialog').hide();
        });
        byId('confirmSubmit').addEventListener('click', submit);
        window.addEventListener('online', function () {
            retryDelay = 1000;
            pump();
        });
        window.addEventListener('beforeunload', function (event) {
            if (Object.keys(pending).length > 0 && !stopped) {
                event.preventDefault();
                event.returnValue = data.msgLeave;
                return data.msgLeave;
            }
            return undefined;
        });
        show(0);
        tick();
        window.setInterval(tick, 1000);
        window.setInterval(syncClock, 30000);
        pump();
    }

    function show(index) {
        if (index < 0 || index >= sections.length) {
            return;
        }
        current = index;
        sections.forEach(function (section, i) {
            section.hidden = i !== index;
        });
        byId('previous').disabled = index === 0;
        byId('next').disabled = index === sections.length - 1;
        renderOverview();
        var heading = sections[index].querySelector('h2');
        if (heading) {
            heading.setAttribute('tabindex', '-1');
            heading.focus({preventScroll: true});
        }
    }

    function changed(section) {
        var position = positionOf(section);
        var answer = [];
        section.querySelectorAll('input').forEach(function (input) {
            if (input.checked) {
                answer.push(input.value);
            }
        });
        answer.sort();
        state[position].answer = answer;
        queue(position);
    }

    function toggleFlag() {
        var position = positionOf(sections[current]);
        state[position].flagged = !state[position].flagged;
        queue(position);
    }

    function queue(position) {
        if (stopped) {
            return;
        }
        seq += 1;
        pending[position] = {seq: seq, answer: state[position].answer.slice(), flagged: state[position].flagged};
        writePending();
        renderOverview();
        pump();
    }

    function pump() {
        renderSaveState();
        if (sending || stopped) {
            return;
        }
        var positions = Object.keys(pending);
        if (positions.length === 0) {
            return;
        }
        var position = Number(positions[0]);
        var entry = pending[position];
        sending = true;
        fetch(attemptUrl + '/answers/' + position, {
            method: 'PUT',
            credentials: 'omit',
            headers: {'Content-Type': 'application/json', 'X-Attempt-Token': token},
            body: JSON.stringify(entry)
        }).then(function (response) {
            sending = false;
            if (response.ok) {
                acknowledged(position, entry);
                if (failing) {
                    // back online: the proctor may have given extra time for the outage
                    syncClock();
                }
                failing = false;
                retryDelay = 1000;
                pump();
            } else if (response.status === 409) {
                // ended: the clock says how (time up, handed in elsewhere, closed by the board)
                sending = true;
                endedAsTheServerSays();
            } else if (response.status === 403) {
                stop(data.msgElsewhere, false);
            } else if (response.status >= 400 && response.status < 500) {
                // the server will never take this save: keep the page honest about it
                acknowledged(position, entry);
                showMessage(data.msgRefused);
                pump();
            } else {
                retryLater();
            }
        }).catch(function () {
            sending = false;
            retryLater();
        });
    }

    function acknowledged(position, entry) {
        if (pending[position] && pending[position].seq <= entry.seq) {
            delete pending[position];
            writePending();
        }
        state[position].serverSeq = Math.max(state[position].serverSeq, entry.seq);
    }

    function retryLater() {
        failing = true;
        renderSaveState();
        window.setTimeout(pump, retryDelay);
        retryDelay = Math.min(retryDelay * 2, 10000);
    }

    function stop(message, reloadSoon) {
        stopped = true;
        root.querySelectorAll('input').forEach(function (input) {
            input.disabled = true;
        });
        showMessage(message);
        if (reloadSoon) {
            window.setTimeout(function () {
                window.location.reload();
            }, 7000);
        }
    }

    function showMessage(message) {
        var element = byId('saveState');
        element.textContent = message;
        element.className = 'ek-save-state ek-save-problem';
    }

    function renderSaveState() {
        if (stopped) {
            return;
        }
        var count = Object.keys(pending).length;
        var element = byId('saveState');
        if (count === 0) {
            element.textContent = data.msgSaved;
            element.className = 'ek-save-state ek-saved';
        } else if (failing) {
            element.textContent = data.msgOffline.replace('{0}', count);
            element.className = 'ek-save-state ek-save-problem';
        } else {
            element.textContent = data.msgPending.replace('{0}', count);
            element.className = 'ek-save-state ek-save-pending';
        }
    }

    function renderOverview() {
        var answered = 0;
        sections.forEach(function (section, index) {
            var position = positionOf(section);
            var entry = state[position];
            var button = byId('goto-' + position);
            button.classList.toggle('answered', entry.answer.length > 0);
            button.classList.toggle('flagged', entry.flagged);
            button.classList.toggle('current', index === current);
            if (entry.answer.length > 0) {
                answered += 1;
            }
        });
        var flag = byId('flag');
        var flagged = state[positionOf(sections[current])].flagged;
        flag.setAttribute('aria-pressed', String(flagged));
        flag.classList.toggle('ek-flag-on', flagged);
        byId('progressCount').textContent = answered + ' / ' + sections.length;
    }

    function tick() {
        var left = Math.max(0, Math.round((deadlineAt - Date.now()) / 1000));
        var hours = Math.floor(left / 3600);
        var minutes = Math.floor((left % 3600) / 60);
        var seconds = left % 60;
        var text = (hours > 0 ? hours + ':' + pad(minutes) : String(minutes)) + ':' + pad(seconds);
        byId('timer').textContent = text;
        byId('timer').parentNode.classList.toggle('ek-timer-low', left < 300);
        warnWhenShort(left);
        if (left === 0 && !stopped) {
            stop(data.msgTimeUp, true);
        }
    }

    function warnWhenShort(left) {
        var crossed = WARN_AT_SECONDS.filter(function (threshold) {
            return left > 0 && left <= threshold && threshold < warnedBelow;
        });
        if (crossed.length > 0) {
            warnedBelow = Math.min.apply(null, crossed);
            notice(inMinutes(data.msgTimeLeft, data.msgTimeLeftOne, Math.ceil(left / 60)));
        }
    }

    function inMinutes(many, one, count) {
        return count === 1 ? one : many.replace('{0}', String(count));
    }

    /** Shown for a minute: long enough to be read, gone before "15 minutes left" is no longer true. */
    function notice(message) {
        var element = byId('timeNotice');
        element.textContent = message;
        element.hidden = false;
        window.clearTimeout(noticeTimer);
        noticeTimer = window.setTimeout(function () {
            element.hidden = true;
        }, 60000);
    }

    function pad(value) {
        return value < 10 ? '0' + value : String(value);
    }

    function syncClock() {
        if (stopped) {
            return;
        }
        readClock()
            .then(function (response) {
                if (response.status === 403) {
                    stop(data.msgElsewhere, false);
                    return null;
                }
                return response.ok ? response.json() : null;
            })
            .then(function (clock) {
                if (clock) {
                    var next = Date.now() + clock.remainingSeconds * 1000;
                    // a later deadline by more than the clock's own drift is extra time given
                    if (next - deadlineAt > 30000) {
                        var given = Math.max(1, Math.round((next - deadlineAt) / 60000));
                        notice(inMinutes(data.msgExtraTime, data.msgExtraTimeOne, given));
                        // what is left now is in this notice; only the warnings still ahead remain
                        warnedBelow = Math.min.apply(null, [Infinity].concat(WARN_AT_SECONDS.filter(function (threshold) {
                            return threshold * 1000 >= next - Date.now();
                        })));
                    }
                    deadlineAt = next;
                    if (clock.status !== 'IN_PROGRESS') {
                        stop(endedMessage(clock.status), true);
                    }
                    tick(); // the clock and the notice change together
                }
            })
            .catch(function () {
                // offline: the local clock keeps counting down from the last known deadline
            });
    }

    /** The server's clock for this attempt; reading it also tells the proctor the page is there. */
    function readClock() {
        return fetch(attemptUrl + '/clock', {credentials: 'omit', headers: {'X-Attempt-Token': token}});
    }

    function endedMessage(status) {
        if (status === 'CLOSED') {
            return data.msgEndedClosed;
        }
        return status === 'SUBMITTED' ? data.msgEndedSubmitted : data.msgTimeUp;
    }

    function endedAsTheServerSays() {
        readClock()
            .then(function (response) {
                return response.ok ? response.json() : null;
            })
            .then(function (clock) {
                stop(endedMessage(clock ? clock.status : null), true);
            })
            .catch(function () {
                stop(data.msgTimeUp, true);
            });
    }

    function positionsWhere(test) {
        return sections
            .map(positionOf)
            .filter(function (position) {
                return test(state[position]);
            });
    }

    /**
     * The confirmation before handing in lists the questions still open and those flagged for
     * review, each a button that goes back to it: reading "vraag 17" and then finding 17 in the
     * overview is a step a candidate short of time should not need.
     */
    function askToSubmit() {
        var unanswered = positionsWhere(function (entry) {
            return entry.answer.length === 0;
        });
        var flagged = positionsWhere(function (entry) {
            return entry.flagged;
        });
        revisitList(byId('unansweredList'), unanswered,
            unanswered.length === 0 ? data.msgAllAnswered : data.msgUnanswered, 'ek-goto');
        revisitList(byId('flaggedList'), flagged, data.msgFlaggedLeft, 'ek-goto flagged');
        byId('flaggedList').hidden = flagged.length === 0;
        byId('revisitHint').hidden = unanswered.length + flagged.length === 0;
        PF('submitDialog').show();
    }

    function revisitList(element, positions, text, look) {
        element.textContent = text.replace('{0}', positions.length);
        positions.forEach(function (position) {
            var button = document.createElement('button');
            button.type = 'button';
            button.id = element.id + '-' + position;
            button.className = look;
            button.textContent = String(position);
            button.setAttribute('aria-label', data.msgGoTo.replace('{0}', position));
            button.addEventListener('click', function () {
                PF('submitDialog').hide();
                show(sections.findIndex(function (section) {
                    return positionOf(section) === position;
                }));
            });
            element.appendChild(document.createTextNode(' '));
            element.appendChild(button);
        });
    }

    function submit() {
        var waited = 0;
        (function whenSaved() {
            if (Object.keys(pending).length > 0 && waited < 15000) {
                waited += 250;
                pump();
                window.setTimeout(whenSaved, 250);
                return;
            }
            fetch(attemptUrl + '/submission', {
                method: 'POST',
                credentials: 'omit',
                headers: {'X-Attempt-Token': token}
            }).then(function (response) {
                if (response.ok || response.status === 409) {
                    stopped = true;
                    window.localStorage.removeItem(storageKey);
                    window.location.reload();
                } else {
                    PF('submitDialog').hide();
                    showMessage(data.msgSubmitFailed);
                }
            }).catch(function () {
                PF('submitDialog').hide();
                showMessage(data.msgSubmitFailed);
            });
        })();
    }

    init();
}());
