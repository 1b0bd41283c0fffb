#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include "ingest/structuretext.h"
#include "ingest/structurewords.h"

#include <algorithm>

namespace Lectern {

// The syntax characters structure recovery asks a token about, one bit each: tokenizeLine()
// finds them once per token (its token cache keeps them), so that the decoder and the heading
// model test a bit instead of scanning the token's characters again.
enum TokenChar : quint16
{
    CharOpenParen = 1,    // (
    CharCloseParen = 2,   // )
    CharOpenBracket = 4,  // [
    CharCloseBracket = 8, // ]
    CharOpenBrace = 16,   // {
    CharCloseBrace = 32,  // }
    CharSemicolon = 64,
    CharEquals = 128,
    CharLess = 256,
    CharGreater = 512,
    CharDollar = 1024,
    CharQuote = 2048, // "
    CharDot = 4096,   // (the three below let a token without them skip searches for them)
    CharColon = 8192,
    CharDash = 16384, // -
};

// One whitespace-separated token of an index line, with the evidence structure recovery uses
// to tell code from prose. Internal to lib/ingest (structure*.cpp, codelang*.cpp).
struct StructureToken
{
    qsizetype start = 0; // [start, end) in the line
    qsizetype end = 0;
    QStringView text;
    QStringView core;       // without surrounding punctuation and quotes (a view into the line)
    QString lower;          // core, lowercased (often raw data borrowed from the caller's storage)
    quint32 flags = 0;      // StructureWords flags of `lower`
    quint32 exactFlags = 0; // StructureWords flags of `core` as written
    quint8 origin = 0;      // CharOrigin bits of its characters
    quint8 outputEvidence = 0;  // StructureRegions::tokenEvidence(), found once per distinct token
    quint16 chars = 0;          // TokenChar bits of `text`
    quint32 headingClasses = 0; // HeadingModel::ownClasses(), found once per distinct token
    // (The twelve flags from here stand side by side in this order: tokenizeLine() copies them
    // from its cache as bytes.)
    bool upper = false;        // core starts with an uppercase letter
    bool allCaps = false;      // two or more letters, all uppercase
    bool alpha = false;        // a word: letters with inner ' ’ -
    bool english = false;      // a common English word
    bool function = false;     // an English function word
    bool starter = false;      // a word that often opens a sentence
    bool endsSentence = false; // ends with . ! ? (maybe followed by a closing quote/paren)
    bool endsColon = false;
    bool endsComma = false;
    bool marker = false;         // a comment marker: // # -- /* <!-- ;
    bool command = false;        // a known shell command name
    bool identifierLike = false; // snake_case, camelCase, dotted.name, path, flag
    float code = 0;              // > 0 looks like code, < 0 like prose
    float enclosed = 0;          // inside a bracket pair opened by code
    bool strongEnclosed = false; // inside {...} or a call spanning several tokens
    // An alphabetic token's index in the committed heading model's vocabulary
    // (HeadingModel::committed().wordIndex()), found once per distinct token; NoHeadingWord when
    // not looked up.
    static constexpr quint16 NoHeadingWord = 0xFFFF;
    quint16 headingWord = NoHeadingWord;
};

using StructureTokens = QList<StructureToken>;

} // namespace Lectern

// Views, a QString and scalars: safe to move with memcpy, which keeps QList growth cheap.
Q_DECLARE_TYPEINFO(Lectern::StructureToken, Q_RELOCATABLE_TYPE);

namespace Lectern {

// Splits one line (no '\n') into tokens and scores them. `origins` holds the CharOrigin bits of
// the line's characters (same length as `line`).
// `lowerStorage` receives the lowercased line that the tokens' `lower` fields point into: keep
// it alive as long as the tokens.
StructureTokens tokenizeLine(QStringView line, QByteArrayView origins, QString *lowerStorage);

// Does a lowercase word (5 letters or more) end like an English word ("-tion", "-ing", "-ness",
// ...)? Most words the vocabulary lacks do; names from code ("strncpy", "snprintf") do not.
bool englishMorphology(QStringView lower);

// "edit", "copy", "restart", ...: a verb that opens an instruction naming a file or a command
// ("Edit /etc/ssh/sshd_config (or ...", "Copy go.mod and go.sum"). `lower` is lowercase.
bool instructionVerb(QStringView lower);

// Can `t` open a sentence at all? Most tokens cannot (lowercase, no quote, no number, no code):
// told inline, without a call, since the decoder asks for every token of every line.
inline bool mayOpenSentence(const StructureToken &t)
{
    const QChar first = t.text.isEmpty() ? QChar(u' ') : t.text[0];
    return t.upper || first == QChar(0x201C) || first == QChar(0x2018) || t.code >= 1.0f ||
           t.identifierLike || first.isDigit() || first == u',';
}

// sentenceStartQuality() of a token that may open a sentence. (Inline: the decoder asks it of
// most capitalised tokens of every line, and the call cost a good part of the answer.)
inline float openingQuality(const StructureTokens &tokens, qsizetype i)
{
    const StructureToken &t = tokens[i];
    const QChar first = t.text.isEmpty() ? QChar(u' ') : t.text[0];
    const bool opensWithQuote = first == QChar(0x201C) || first == QChar(0x2018);
    // (Every case below needs one of mayOpenSentence()'s conditions.)
    // Numbers first (only a token that opens with a digit or ',' can be one).
    if (first.isDigit() || first == u',') {
        if (t.text.size() >= 2 && t.text.size() <= 4 && t.text.back() == u'.' &&
            std::all_of(t.text.begin(), t.text.end() - 1, [](QChar c) { return c.isDigit(); }))
            return 1.0f; // "2." opens a numbered heading
        if (std::all_of(t.text.begin(), t.text.end(),
                        [](QChar c) { return c.isDigit() || c == u','; }) &&
            i + 1 < tokens.size() && tokens[i + 1].alpha)
            // "5 URLs, max 2 concurrent": after a closing brace, a count opens the paragraph.
            return (i > 0 && tokens[i - 1].text.endsWith(u'}')) ? 1.4f : 0.3f;
    }
    // Sentences open with a capitalised word, a typographic quote or a digit; code rarely does.
    float q = 0;
    if (t.upper && (t.alpha || opensWithQuote))
        q = 1.0f;
    else if (t.upper && t.code < 0.8f)
        q = 0.6f;
    else if (opensWithQuote)
        q = 0.8f;
    else if (i + 1 < tokens.size() && (t.code >= 1.0f || t.identifierLike) && !t.endsSentence &&
             !t.endsComma && !t.endsColon && tokens[i + 1].alpha && !tokens[i + 1].upper &&
             tokens[i + 1].english && tokens[i + 1].code < 0 &&
             (i + 2 >= tokens.size() || tokens[i + 2].code < 0.5f))
        // "pg_dump writes ...": a sentence whose subject is inline code; right after a
        // closing brace that is how the paragraph after a code block often opens.
        return (i > 0 && tokens[i - 1].text.endsWith(u'}')) ? 1.4f : 0.6f;
    else
        return 0;
    if (t.allCaps && t.core.size() > 1 && !t.english)
        q -= 0.4f;
    if (t.core.size() == 1 && !is(t.core, u"A"))
        q = std::min(q, is(t.core, u"I") ? 0.5f : 0.3f); // "I" opens clauses; "T" is a type
    if (t.starter)
        q += 0.6f;
    if (i + 1 < tokens.size()) {
        const StructureToken &n = tokens[i + 1];
        if (n.alpha && !n.upper)
            q += (n.english || n.function) ? 0.4f : 0.3f;
        // Code right after a capitalised word reads as a name's part ("Django REST"), unless
        // the word is an instruction naming it: "Edit /etc/ssh/sshd_config".
        if (n.code > 1.2f &&
            !(t.alpha && !t.allCaps && t.text.size() == t.core.size() && instructionVerb(t.lower)))
            q -= 0.5f;
    }
    if (i > 0) {
        const StructureToken &p = tokens[i - 1];
        if ((p.flags & StructureWords::Dangling) && p.alpha && !p.endsSentence && !p.endsColon)
            q -= 1.2f; // "to Kubernetes": a name inside a phrase
        if (p.endsComma)
            q -= 0.6f;
        if (p.endsSentence)
            q += 0.3f;
    }
    return std::max(0.0f, q);
}

// How strongly token i opens an English sentence (0: not at all, up to ~2).
inline float sentenceStartQuality(const StructureTokens &tokens, qsizetype i)
{
    if (i < 0 || i >= tokens.size() || !mayOpenSentence(tokens[i]))
        return 0;
    return openingQuality(tokens, i);
}

} // namespace Lectern
