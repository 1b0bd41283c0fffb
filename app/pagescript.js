// Lectern's own page script. It runs in an isolated world (QWebEngineScript::ApplicationWorld):
// the article's Content-Security-Policy blocks every script of the page itself, and nothing a
// page could contain can see or call what is defined here. It talks to the window over
// QWebChannel (the `bridge` object) and offers `window.lectern` to the window's runJavaScript.
(function () {
    'use strict';
    if (window.lectern)
        return;

    var bridge = null;
    var waiting = [];
    function withBridge(fn) {
        if (bridge)
            fn(bridge);
        else
            waiting.push(fn);
    }
    if (typeof QWebChannel !== 'undefined' && typeof qt !== 'undefined') {
        new QWebChannel(qt.webChannelTransport, function (channel) {
            bridge = channel.objects.bridge;
            var queued = waiting;
            waiting = [];
            queued.forEach(function (fn) { fn(bridge); });
        });
    }

    function root() { return document.scrollingElement || document.documentElement; }
    function scrollRange() { return Math.max(0, root().scrollHeight - window.innerHeight); }
    function fraction() {
        var range = scrollRange();
        return range > 0 ? Math.min(1, Math.max(0, window.scrollY / range)) : 0;
    }
    function endVisible() { return window.scrollY + window.innerHeight >= root().scrollHeight - 8; }

    function headings() {
        return document.querySelectorAll('h2[id], h3[id], h4[id], h5[id], h6[id]');
    }
    // The heading the reader is in: the last one whose top has passed the top of the window.
    function currentHeading() {
        var found = '';
        var list = headings();
        for (var i = 0; i < list.length; ++i) {
            if (list[i].getBoundingClientRect().top > 96)
                break;
            found = list[i].id;
        }
        return found;
    }

    // fraction < 0: the position is not news (only whether the end is visible).
    function report(withPosition) {
        var url = location.href;
        var f = withPosition ? fraction() : -1;
        var end = endVisible();
        var heading = currentHeading();
        withBridge(function (b) { b.reportPosition(url, f, end, heading); });
    }

    var timer = 0;
    window.addEventListener('scroll', function () {
        if (timer)
            clearTimeout(timer);
        timer = setTimeout(function () {
            timer = 0;
            report(true);
        }, 250);
    }, { passive: true });

    function wireCopyButtons() {
        var buttons = document.querySelectorAll('button.copy[data-copy-target]');
        buttons.forEach(function (button) {
            if (button.dataset.lecternWired)
                return;
            button.dataset.lecternWired = '1';
            button.addEventListener('click', function (event) {
                event.preventDefault();
                var code = document.getElementById(button.getAttribute('data-copy-target'));
                if (!code)
                    return;
                var text = code.textContent;
                withBridge(function (b) {
                    b.copyText(text);
                    var label = button.textContent;
                    button.classList.add('copied');
                    button.textContent = b.copiedLabel || label;
                    setTimeout(function () {
                        button.classList.remove('copied');
                        button.textContent = label;
                    }, 1500);
                });
            });
        });
    }

    window.lectern = {
        scrollToFraction: function (f) {
            window.scrollTo(0, Math.round(Math.min(1, Math.max(0, f)) * scrollRange()));
            return fraction();
        },
        scrollToAnchor: function (id, center) {
            var target = document.getElementById(id);
            if (!target)
                return false;
            target.scrollIntoView({ block: center ? 'center' : 'start' });
            return true;
        },
        position: function () { return fraction(); },
        copyButtonCount: function () {
            return document.querySelectorAll('button.copy[data-lectern-wired]').length;
        },
    };

    wireCopyButtons();
    if (document.readyState === 'complete')
        report(false);
    else
        window.addEventListener('load', function () { report(false); });
})();
