#pragma once

#include "ingest/feedimporter.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Lectern {

// A Markdown file's front matter: the keys Hugo and Jekyll posts use.
struct FrontMatter
{
    QString title;
    QDateTime date;
    QStringList tags;
    QStringList categories;
    QStringList series;
    bool draft = false;
    QString slug;
    QString url;     // an explicit permalink path ("/blog/hello/")
    QString summary; // summary or description
    QString author;
    // Every top-level key as read (lists joined with '\n'), for what the fields above omit.
    QHash<QString, QString> values;
};

struct MarkdownFolderOptions
{
    bool includeDrafts = false;
    // Permalinks are this URL plus the path Hugo would give the page; empty: the folder's
    // Hugo/Jekyll config (baseURL / url in hugo.toml, config.toml, hugo.yaml, config.yaml,
    // _config.yml beside or above it), else site-relative paths ("/posts/go/channels/").
    QUrl baseUrl;
};

struct FolderScan
{
    QList<IncomingPost> posts;
    QStringList files;    // every Markdown file read (absolute paths), for the watcher
    QStringList problems; // files skipped, one line each
    int drafts = 0;       // drafts skipped
    QUrl baseUrl;         // the base used for permalinks (may be empty)
};

// A local Markdown folder as a source: a blog's own Hugo `content/` (or Jekyll `_posts/`) tree.
// Each .md/.markdown file is a post; `_index.md` (a section's list page) is not. Front matter in
// YAML (between "---" lines) or TOML (between "+++" lines) gives title, date, tags, categories,
// series, draft, slug and url. Only the simple forms Hugo writes are read (no YAML or TOML
// library is in the stack): `key: value` / `key = value` with quoted or bare scalars, inline
// lists `[a, "b"]`, YAML block lists (`- item` lines), booleans, dates; nested tables/maps are
// skipped. The body is rendered with cmark-gfm (tables, strikethrough, autolinks, footnotes;
// fenced code keeps its language as class="language-X"), raw HTML passes to the sanitizer.
// Permalink: front matter `url`, else the path below the folder with `slug` as the last part
// (page bundles: the folder of index.md), lower case, like Hugo's defaults; a Jekyll file name's
// date prefix (2024-01-15-title.md) gives the date and is dropped from the slug.
class MarkdownFolder final
{
public:
    explicit MarkdownFolder(QString folder, MarkdownFolderOptions options = {});

    // false with a message when the folder cannot be read; bad files become problems.
    bool scan(FolderScan *scan, QString *error) const;

    // Splits a document into front matter and body. false with a message naming the line for
    // front matter that is opened but not closed, or a line that is not `key: value`.
    static bool parseFrontMatter(const QString &document, FrontMatter *frontMatter, QString *body,
                                 QString *error);
    static QString renderMarkdown(const QString &markdown);

private:
    QString m_folder;
    MarkdownFolderOptions m_options;
};

} // namespace Lectern
