#!/usr/bin/env python3
"""Build sample-index.json, Lectern's bundled sample library, from posts/*.md.

The output has the shape of a Hugo/PaperMod search index (see the handbook's HUGO-INDEX.md):
a JSON array of {title, permalink, summary, content}, newest first, where content is Hugo's
`.Plain`: the post's HTML with its tags stripped and its entities left encoded. Each post is
rendered by the cmark-gfm CLI inside the build environment (./scripts/dev) with smart
punctuation, its entities are rewritten the way Hugo's Goldmark + Chroma pipeline writes them,
and Hugo's tag stripper is applied step by step.

Usage:
    resources/sample/build-sample.py           # write sample-index.json
    resources/sample/build-sample.py --check   # exit 1 if sample-index.json is out of date

Python 3 standard library only; runs on the host.
"""

import argparse
import html
import json
import re
import signal
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
POSTS = HERE / "posts"
OUTPUT = HERE / "sample-index.json"

CMARK = [str(ROOT / "scripts" / "dev"), "cmark-gfm", "--extension", "table", "--unsafe", "--smart"]
PERMALINK = re.compile(r"^https://lectern\.example/posts/[a-z0-9-]+/[a-z0-9-]+/$")
SUMMARY_WORDS = 70  # Hugo's default summaryLength, for posts without a summary line

# cmark-gfm's --smart writes typographic characters; Hugo's Goldmark typographer writes these
# named entities instead (its defaults).
SMART_ENTITIES = {
    "\u2019": "&rsquo;",
    "\u2018": "&lsquo;",
    "\u201c": "&ldquo;",
    "\u201d": "&rdquo;",
    "\u2026": "&hellip;",
}
# Characters that must not be typed in a post: after rendering they could not be told apart
# from the ones smart punctuation makes, and Hugo would leave a typed one unencoded.
AMBIGUOUS = set(SMART_ENTITIES) | {"\u2013"}
DASHES = ("\u2013", "\u2014")

# Go's unicode.IsSpace, which Hugo's stripper uses to find runs of whitespace.
GO_SPACE = set("\t\n\v\f\r \x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000") | {
    chr(c) for c in range(0x2000, 0x200B)
}
NEWLINE_MARK = "\x00"
# The tags cmark-gfm makes from Markdown; anything else is raw HTML typed in a post.
MARKDOWN_TAGS = {
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "pre", "code", "em", "strong",
    "a", "img", "blockquote", "hr", "br", "del", "table", "thead", "tbody", "tr", "th", "td",
}


class SampleError(Exception):
    pass


def cmark(markdown: str) -> str:
    """Markdown -> HTML with cmark-gfm in the build environment (the checkout is mounted at the
    same path there, so running from ROOT works on the host and inside)."""
    try:
        done = subprocess.run(
            CMARK, input=markdown.encode("utf-8"), cwd=ROOT, capture_output=True, check=False
        )
    except OSError as exc:
        raise SampleError(f"cannot run {CMARK[0]}: {exc}") from exc
    if done.returncode != 0:
        raise SampleError(
            f"cmark-gfm failed (exit {done.returncode}): {done.stderr.decode(errors='replace')}"
        )
    return done.stdout.decode("utf-8")


def hugo_entities(rendered: str, where: str) -> str:
    """Rewrite cmark-gfm's escaping into Hugo's.

    Fenced code: Chroma escapes with Go's html.EscapeString, which writes &#34; and &#39;
    (cmark-gfm writes &quot; and leaves ' alone). Inline code: Goldmark escapes exactly like
    cmark-gfm (&quot;, raw '), as the corpus shows. Prose: typographic quotes become entities.
    """
    out = []
    in_pre = in_code = False
    for token in re.split(r"(<[^>]*>)", rendered):
        if token.startswith("<"):
            name = re.match(r"</?([a-zA-Z0-9]+)", token)
            tag = name.group(1).lower() if name else ""
            if tag not in MARKDOWN_TAGS:
                # Hugo's Goldmark omits raw HTML by default; cmark-gfm --unsafe keeps it.
                raise SampleError(f"{where}: raw HTML {token!r}; put it in backticks")
            closing = token.startswith("</")
            if tag == "pre":
                in_pre = not closing
            elif tag == "code":
                in_code = not closing
            out.append(token)
        elif in_pre:
            out.append(token.replace("&quot;", "&#34;").replace("'", "&#39;"))
        elif in_code:
            out.append(token)
        else:
            if "&quot;" in token or "'" in token:
                raise SampleError(f"{where}: a straight quote survived smart punctuation: {token!r}")
            for char, entity in SMART_ENTITIES.items():
                token = token.replace(char, entity)
            out.append(token)
    return "".join(out)


def hugo_plain(rendered: str) -> str:
    """Hugo's StripHTML (helpers.StripHTML), step by step, as HUGO-INDEX.md describes it."""
    # 1. every newline -> space; </p>, <br>, <br /> -> a paragraph marker (one pass, like
    #    Go's strings.NewReplacer, so the spaces and markers do not interact).
    text = re.sub(
        r"\n|</p>|<br>|<br />", lambda m: " " if m.group() == "\n" else NEWLINE_MARK, rendered
    )
    # 2. remove every tag, keeping the text between them; entities stay encoded.
    text = re.sub(r"<[^>]*>", "", text)
    # 3. markers -> newlines.
    text = text.replace(NEWLINE_MARK, "\n")
    # 4. each run of whitespace -> its first character.
    out = []
    was_space = False
    for char in text:
        is_space = char in GO_SPACE
        if not (is_space and was_space):
            out.append(char)
        was_space = is_space
    return "".join(out)


def parse_post(path: Path) -> dict:
    lines = path.read_text(encoding="utf-8").split("\n")
    if not lines or not lines[0].startswith("# "):
        raise SampleError(f"{path.name}: line 1 must be '# Title'")
    title = lines[0][2:].strip()
    fields = {}
    i = 1
    while i < len(lines) and lines[i].strip():
        key, sep, value = lines[i].partition(":")
        if not sep or key not in ("permalink", "summary") or key in fields:
            raise SampleError(
                f"{path.name}: line {i + 1}: expected 'permalink: ...' or 'summary: ...' "
                f"before the first blank line, found {lines[i]!r}"
            )
        fields[key] = value.strip()
        i += 1
    if "permalink" not in fields:
        raise SampleError(f"{path.name}: no 'permalink:' line")
    if not PERMALINK.match(fields["permalink"]):
        raise SampleError(f"{path.name}: permalink {fields['permalink']!r} is not "
                          "https://lectern.example/posts/<category>/<slug>/")
    body = "\n".join(lines[i:]).strip("\n") + "\n"
    if not body.strip():
        raise SampleError(f"{path.name}: the post has no body")
    for text, what in ((title, "title"), (fields.get("summary", ""), "summary"), (body, "body")):
        bad = sorted(AMBIGUOUS & set(text))
        if bad:
            raise SampleError(f"{path.name}: {what} contains {bad}; type the ASCII form "
                              "(' \" ...) and let smart punctuation make it")
    if re.search(r"[<>&\"]", title):
        raise SampleError(f"{path.name}: keep < > & \" out of titles")
    opening = re.findall(r"^```(\S*)[^\n]*\n(?:.*?\n)?```$", body, re.M | re.S)
    if any(not lang for lang in opening):
        raise SampleError(f"{path.name}: every fenced code block needs a language "
                          "(Hugo renders unlabelled blocks without Chroma)")
    return {
        "file": path.name,
        "title": title,
        "permalink": fields["permalink"],
        "summary_md": fields.get("summary"),
        "body": body,
        "languages": opening,
    }


def render_content(post: dict) -> str:
    rendered = cmark(post["body"])
    # Smart punctuation would also turn prose "--" and "---" into dashes, which Hugo's
    # typographer writes as &ndash; / &mdash;. Type the dash you mean instead.
    for dash in DASHES:
        if rendered.count(dash) != post["body"].count(dash):
            raise SampleError(f"{post['file']}: prose contains '--' or '---'; write the dash "
                              "character, or put the text in code")
    content = hugo_plain(hugo_entities(rendered, post["file"]))
    if not content.endswith("\n"):
        raise SampleError(f"{post['file']}: the post must end with a paragraph, as the corpus "
                          "posts do (content must end with a newline)")
    return content


def render_summaries(posts: list) -> None:
    """Render every summary line in one cmark-gfm run: one paragraph each."""
    wanted = [p for p in posts if p["summary_md"]]
    if not wanted:
        return
    rendered = cmark("\n\n".join(p["summary_md"] for p in wanted) + "\n")
    paragraphs = rendered.strip("\n").split("\n")
    if len(paragraphs) != len(wanted) or not all(
        p.startswith("<p>") and p.endswith("</p>") for p in paragraphs
    ):
        raise SampleError("summaries must be one plain paragraph each")
    for post, paragraph in zip(wanted, paragraphs):
        summary = hugo_plain(hugo_entities(paragraph, post["file"] + " summary")).strip()
        post["summary"] = summary


def auto_summary(content: str) -> str:
    return " ".join(content.split()[:SUMMARY_WORDS])


def go_json(items: list) -> str:
    """Compact JSON the way Hugo's jsonify writes it: keys sorted, <>& escaped."""
    text = json.dumps(items, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    for char, escape in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def validate(items: list) -> None:
    seen_titles, seen_links = set(), set()
    for n, item in enumerate(items):
        where = f"item {n} ({item.get('permalink')})"
        if set(item) != {"title", "permalink", "summary", "content"}:
            raise SampleError(f"{where}: fields are {sorted(item)}")
        if not all(isinstance(v, str) and v for v in item.values()):
            raise SampleError(f"{where}: every field must be a non-empty string")
        content = item["content"]
        for bad, what in (("<", "raw <"), (">", "raw >"), ('"', 'raw "'), ("  ", "a double space"),
                          (" \n", "a space before a newline"), ("\n ", "a space after a newline"),
                          ("\n\n", "an empty line")):
            if bad in content:
                raise SampleError(f"{where}: content has {what}")
        if item["title"] in seen_titles or item["permalink"] in seen_links:
            raise SampleError(f"{where}: duplicate title or permalink")
        seen_titles.add(item["title"])
        seen_links.add(item["permalink"])


def series_of(items: list) -> dict:
    groups = {}
    for item in items:
        prefix, sep, _ = item["title"].partition(":")
        if sep and prefix.strip():
            groups.setdefault(prefix.strip(), []).append(item["title"])
    return {name: titles for name, titles in groups.items() if len(titles) > 1}


def build() -> tuple:
    files = sorted(POSTS.glob("*.md"))
    if not files:
        raise SampleError(f"no posts in {POSTS}")
    posts = [parse_post(f) for f in files]
    render_summaries(posts)
    items = []
    for post in posts:
        content = render_content(post)
        items.append({
            "title": post["title"],
            "permalink": post["permalink"],
            "summary": post.get("summary") or auto_summary(content),
            "content": content,
        })
    validate(items)
    return posts, items


def report(posts: list, items: list) -> None:
    total = 0
    for post, item in zip(posts, items):
        words = len(html.unescape(item["content"]).split())
        total += words
        langs = ", ".join(sorted(set(post["languages"]))) or "-"
        print(f"  {words:5d} words  {item['title']}  [{langs}]")
    languages = sorted({lang for p in posts for lang in p["languages"]})
    print(f"{len(items)} posts, {total} words; code in {len(languages)} languages: "
          f"{', '.join(languages)}")
    for name, titles in series_of(items).items():
        print(f"series {name!r}: {len(titles)} parts, as listed: {titles}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="compare with the existing sample-index.json instead of writing it")
    args = parser.parse_args()
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet when piped into head
    try:
        posts, items = build()
    except SampleError as exc:
        print(f"build-sample: {exc}", file=sys.stderr)
        return 1
    text = go_json(items)
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else None
        if current != text:
            print(f"build-sample: {OUTPUT.relative_to(ROOT)} is out of date; run "
                  f"{Path(__file__).relative_to(ROOT)}", file=sys.stderr)
            return 1
        print(f"{OUTPUT.relative_to(ROOT)} is up to date")
        return 0
    else:
        tmp = OUTPUT.with_suffix(".json.tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(OUTPUT)  # never leave a half-written index behind
        print(f"wrote {OUTPUT.relative_to(ROOT)} ({len(text.encode('utf-8'))} bytes)")
    report(posts, items)
    return 0


if __name__ == "__main__":
    sys.exit(main())
