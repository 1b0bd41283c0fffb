#pragma once

#include <QString>
#include <QStringList>

namespace Lectern {

// Wraps the words a search matched in <mark class="search-hit" data-hit="N">, in HTML that
// Lectern wrote itself (text escaped with toHtmlEscaped(), plus tags), so a match can never
// land inside a tag or split an entity. A term matches a word that equals it or begins with
// it (prefix), case- and accent-insensitively, the way FTS5's unicode61 tokenizer splits
// words (letters and digits; everything else separates). The first hit of all the fragments
// one marker sees also gets id="first-hit", for the view to scroll to; a hit that crosses
// a tag (syntax-highlighting spans) is marked in pieces that share its data-hit number.
class SearchHitMarker final
{
public:
    explicit SearchHitMarker(const QStringList &terms);

    bool isActive() const { return !m_terms.isEmpty(); }
    QString mark(const QString &html);
    int count() const { return m_count; }
    QStringList terms() const { return m_terms; }

    static QString firstHitId() { return QStringLiteral("first-hit"); }
    // Words of the search text, folded; query operators (AND, OR, NOT, NEAR) and '*' dropped.
    static QStringList normalizeTerms(const QStringList &terms);
    static QString fold(QStringView word);

private:
    bool matches(QStringView word) const;

    QStringList m_terms;
    int m_count = 0;
};

} // namespace Lectern
