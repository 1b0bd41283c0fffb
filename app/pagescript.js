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

    // ---------------------------------------------------------------- highlights
    // The article's own text, as the reader sees it: the text nodes of the post body, minus
    // the widgets the renderer adds (heading anchors, code captions, copy buttons). Whitespace
    // runs count as one space, as in lib/notes/textanchor, so quotes compare with the post's
    // stored text. `text` is that collapsed text; `map[i]` is the node and offset of text[i].
    function bodyElement() { return document.getElementById('content'); }
    function skipped(node) {
        for (var e = node.parentElement; e; e = e.parentElement) {
            if (e.id === 'content')
                return false;
            if (e.matches('a.anchor, figcaption, button, script, style, .lectern-hl-button'))
                return true;
        }
        return true;
    }
    var blockSelector = 'p, li, h1, h2, h3, h4, h5, h6, pre, blockquote, td, th, dt, dd, ' +
                        'figure, table, ul, ol, div';
    function collapsedText() {
        var body = bodyElement();
        var result = { text: '', map: [] };
        if (!body)
            return result;
        var walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
        var lastSpace = true;
        var lastBlock = null;
        for (var node = walker.nextNode(); node; node = walker.nextNode()) {
            if (skipped(node))
                continue;
            // Blocks are apart even where the markup puts no space between them. The space
            // added stands for no character of the page (`virtual`).
            var block = node.parentElement.closest(blockSelector);
            if (block !== lastBlock && !lastSpace && node.data.trim()) {
                result.text += ' ';
                result.map.push({ node: node, offset: 0, virtual: true });
                lastSpace = true;
            }
            if (node.data.trim())
                lastBlock = block;
            var data = node.data;
            for (var i = 0; i < data.length; ++i) {
                var space = /\s/.test(data[i]);
                if (space && lastSpace)
                    continue;
                result.text += space ? ' ' : data[i];
                result.map.push({ node: node, offset: i });
                lastSpace = space;
            }
        }
        return result;
    }
    function collapse(text) { return text.replace(/\s+/g, ' '); }
    // The characters of `flat` inside `range`: [start, end), or null when none is.
    function rangeSpan(flat, range) {
        var start = -1;
        var end = -1;
        for (var i = 0; i < flat.map.length; ++i) {
            var m = flat.map[i];
            if (range.comparePoint(m.node, m.offset) === 0 &&
                range.comparePoint(m.node, m.offset + 1) === 0) {
                if (start < 0)
                    start = i;
                end = i + 1;
            } else if (start >= 0) {
                break;
            }
        }
        return start < 0 ? null : { start: start, end: end };
    }

    var contextLength = 32;
    // The selection in the article as a text quote: {exact, prefix, suffix, start, end,
    // length} in the collapsed text of the post body; null when nothing in it is selected.
    function selectionQuote() {
        var selection = window.getSelection();
        if (!selection || selection.rangeCount === 0 || selection.isCollapsed)
            return null;
        var range = selection.getRangeAt(0);
        var body = bodyElement();
        if (!body || !range.intersectsNode(body))
            return null;
        var flat = collapsedText();
        var span = rangeSpan(flat, range);
        if (!span)
            return null;
        var start = span.start;
        var end = span.end;
        // Spaces at the ends are the selection's edges, not part of the passage.
        while (start < end && flat.text[start] === ' ')
            ++start;
        while (end > start && flat.text[end - 1] === ' ')
            --end;
        var exact = flat.text.substring(start, end);
        if (!exact)
            return null;
        return {
            exact: exact,
            prefix: flat.text.substring(Math.max(0, start - contextLength), start),
            suffix: flat.text.substring(end, end + contextLength),
            start: start,
            end: end,
            length: flat.text.length,
        };
    }

    // How well the text around [start, end) agrees with the stored context (characters).
    function contextScore(text, start, end, prefix, suffix) {
        var score = 0;
        var p = collapse(prefix);
        for (var n = Math.min(p.length, start); n > 0; --n) {
            if (text.substring(start - n, start) === p.substring(p.length - n)) {
                score += n;
                break;
            }
        }
        var s = collapse(suffix);
        for (var k = Math.min(s.length, text.length - end); k > 0; --k) {
            if (text.substring(end, end + k) === s.substring(0, k)) {
                score += k;
                break;
            }
        }
        return score;
    }
    // Where a stored highlight is in the page's text: the occurrence of its quote whose
    // surroundings agree best with its prefix and suffix, then the one the library counted.
    function locate(flat, h) {
        var exact = collapse(h.exact).trim();
        if (!exact)
            return null;
        var best = null;
        var index = 0;
        for (var at = flat.text.indexOf(exact); at >= 0; at = flat.text.indexOf(exact, at + 1)) {
            var score = contextScore(flat.text, at, at + exact.length, h.prefix, h.suffix) * 4 -
                        Math.abs(index - Math.max(0, h.occurrence));
            if (!best || score > best.score)
                best = { start: at, end: at + exact.length, score: score };
            ++index;
        }
        return best;
    }

    var drawn = [];
    function clearHighlights() {
        document.querySelectorAll('mark.lectern-hl').forEach(function (mark) {
            var parent = mark.parentNode;
            while (mark.firstChild)
                parent.insertBefore(mark.firstChild, mark);
            parent.removeChild(mark);
            parent.normalize();
        });
        drawn = [];
    }
    // Wraps [start, end) of the collapsed text in <mark> elements, one per text node it
    // crosses, so a highlight may span paragraphs, inline code and links.
    function wrap(flat, start, end, h) {
        var pieces = [];
        for (var i = start; i < end; ++i) {
            var m = flat.map[i];
            if (m.virtual)
                continue;
            var last = pieces.length ? pieces[pieces.length - 1] : null;
            if (last && last.node === m.node)
                last.to = m.offset + 1;
            else
                pieces.push({ node: m.node, from: m.offset, to: m.offset + 1 });
        }
        var marks = [];
        // From the end, so splitting a node does not move the offsets still to come.
        for (var j = pieces.length - 1; j >= 0; --j) {
            var piece = pieces[j];
            var node = piece.node;
            if (piece.to < node.data.length)
                node.splitText(piece.to);
            if (piece.from > 0)
                node = node.splitText(piece.from);
            var mark = document.createElement('mark');
            mark.className = 'lectern-hl lectern-hl-' + (h.color || 'yellow').replace(/[^a-z]/g, '');
            mark.dataset.highlightId = String(h.id);
            if (h.note)
                mark.title = h.note;
            node.parentNode.insertBefore(mark, node);
            mark.appendChild(node);
            marks.unshift(mark);
        }
        if (marks.length) {
            marks[0].classList.add('lectern-hl-first');
            marks[marks.length - 1].classList.add('lectern-hl-last');
        }
        return marks;
    }
    var styleAdded = false;
    function addStyle() {
        if (styleAdded)
            return;
        styleAdded = true;
        var css = document.createElement('style');
        css.textContent =
            'mark.lectern-hl{background:rgba(255,214,10,.45);color:inherit;cursor:pointer;' +
            'border-radius:2px;padding:0}' +
            'mark.lectern-hl-green{background:rgba(52,199,89,.35)}' +
            'mark.lectern-hl-blue{background:rgba(10,132,255,.3)}' +
            'mark.lectern-hl-pink{background:rgba(255,55,95,.3)}' +
            'mark.lectern-hl.lectern-hl-focus{outline:2px solid rgba(255,159,10,.9)}' +
            'mark.lectern-hl-last[title]::after{content:"\\270E";font-size:.7em;' +
            'vertical-align:super;opacity:.7;margin-left:1px}' +
            '.lectern-hl-button{position:absolute;z-index:10;font:13px/1.2 sans-serif;' +
            'padding:4px 8px;border-radius:6px;border:1px solid rgba(0,0,0,.25);' +
            'background:#fff8c5;color:#222;box-shadow:0 2px 6px rgba(0,0,0,.2);cursor:pointer}';
        document.head.appendChild(css);
    }
    // Draws the given highlights ([{id, exact, prefix, suffix, occurrence, color, note,
    // detached}]), replacing those drawn before. Detached ones are not drawn. Returns how many
    // were drawn.
    function drawHighlights(list) {
        addStyle();
        clearHighlights();
        var flat = collapsedText();
        var places = [];
        (list || []).forEach(function (h) {
            if (h.detached)
                return;
            var at = locate(flat, h);
            if (at)
                places.push({ h: h, start: at.start, end: at.end });
        });
        // From the end of the text, so wrapping one does not move the nodes of the next; an
        // overlapping one is drawn where it does not overlap.
        places.sort(function (a, b) { return b.start - a.start; });
        var limit = flat.text.length;
        places.forEach(function (p) {
            var end = Math.min(p.end, limit);
            if (end <= p.start)
                return;
            wrap(flat, p.start, end, p.h);
            drawn.push(p.h.id);
            limit = p.start;
        });
        return drawn.length;
    }

    document.addEventListener('click', function (event) {
        var mark = event.target.closest ? event.target.closest('mark.lectern-hl') : null;
        if (!mark || !window.getSelection().isCollapsed)
            return;
        var id = Number(mark.dataset.highlightId);
        withBridge(function (b) { b.highlightClicked(id); });
    });

    // A small button by the selection: the mouse's way to highlight.
    var button = null;
    function hideButton() {
        if (button)
            button.style.display = 'none';
    }
    function showButton() {
        var quote = selectionQuote();
        if (!quote) {
            hideButton();
            return;
        }
        var range = window.getSelection().getRangeAt(0);
        var rects = range.getClientRects();
        var rect = rects.length ? rects[rects.length - 1] : range.getBoundingClientRect();
        if (!button) {
            addStyle();
            button = document.createElement('button');
            button.type = 'button';
            button.className = 'lectern-hl-button';
            button.textContent = '\u270E ' + ((bridge && bridge.highlightLabel) || 'Highlight');
            button.addEventListener('mousedown', function (event) { event.preventDefault(); });
            button.addEventListener('click', function (event) {
                event.preventDefault();
                var q = selectionQuote();
                hideButton();
                if (q)
                    withBridge(function (b) { b.highlightRequested(JSON.stringify(q), false); });
            });
            document.body.appendChild(button);
        }
        button.style.display = 'block';
        button.style.left = Math.max(4, window.scrollX + rect.right - 40) + 'px';
        button.style.top = (window.scrollY + rect.bottom + 6) + 'px';
    }
    document.addEventListener('mouseup', function (event) {
        if (button && event.target === button)
            return;
        setTimeout(showButton, 0);
    });
    document.addEventListener('keyup', function (event) {
        if (event.shiftKey || event.key === 'Shift')
            setTimeout(showButton, 0);
    });
    document.addEventListener('selectionchange', function () {
        if (window.getSelection().isCollapsed)
            hideButton();
    });

    window.lectern = {
        selectionQuote: function () { return selectionQuote(); },
        drawHighlights: function (list) { return drawHighlights(list); },
        highlightCount: function () { return document.querySelectorAll('mark.lectern-hl').length; },
        scrollToHighlight: function (id) {
            var marks = document.querySelectorAll('mark.lectern-hl[data-highlight-id="' +
                                                  Number(id) + '"]');
            if (!marks.length)
                return false;
            document.querySelectorAll('mark.lectern-hl-focus').forEach(function (m) {
                m.classList.remove('lectern-hl-focus');
            });
            marks.forEach(function (m) { m.classList.add('lectern-hl-focus'); });
            marks[0].scrollIntoView({ block: 'center' });
            return true;
        },
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
