#pragma once

#include <QList>
#include <QString>
#include <QStringView>

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

// Can `t` open a sentence at all? Most tokens cannot (lowercase, no quote, no number, no code):
// told inline, without a call, since the decoder asks for every token of every line.
inline bool mayOpenSentence(const StructureToken &t)
{
    const QChar first = t.text.isEmpty() ? QChar(u' ') : t.text[0];
    return t.upper || first == QChar(0x201C) || first == QChar(0x2018) || t.code >= 1.0f ||
           t.identifierLike || first.isDigit() || first == u',';
}

// sentenceStartQuality() of a token that may open a sentence.
float openingQuality(const StructureTokens &tokens, qsizetype i);

// How strongly token i opens an English sentence (0: not at all, up to ~2).
inline float sentenceStartQuality(const StructureTokens &tokens, qsizetype i)
{
    if (i < 0 || i >= tokens.size() || !mayOpenSentence(tokens[i]))
        return 0;
    return openingQuality(tokens, i);
}

} // namespace Lectern
