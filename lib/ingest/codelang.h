#pragma once

#include <QString>
#include <QStringView>

namespace Lectern {

// The code languages structure recovery tells apart. Each maps to a KSyntaxHighlighting
// definition name (languageName()); plain text maps to an empty name.
enum class CodeLanguage
{
    PlainText,
    Bash,
    Python,
    Go,
    Rust,
    Sql,
    Yaml,
    Toml,
    Json,
    Dockerfile,
    JavaScript,
    TypeScript,
    Html,
    Css,
    Ini,
    Nginx,
    Http,
    C,
    Cpp,
    // Beyond the list: writers fence these often enough (13 blocks of 827 in 120
    // unseen posts) that reading them as shell, TOML or SQL showed.
    Makefile,
    Terraform, // HCL
    Lua,
};
constexpr int CodeLanguageCount = int(CodeLanguage::Lua) + 1;

// The KSyntaxHighlighting definition name ("Go", "Bash", "INI Files", "nginx Configuration").
// KSyntaxHighlighting has no definition for HTTP messages: CodeLanguage::Http is "HTTP", which
// highlightCode() shows as plain text. PlainText is "".
QString languageName(CodeLanguage language);
// The inverse of languageName() (case-insensitive); unknown names give PlainText.
CodeLanguage languageForName(QStringView name);
// A Markdown fence's info string ("go", "sh", "console", "yml", "c++", "text") to a language.
CodeLanguage languageForFence(QStringView info);

// Identifies the language of one recovered code block. `code` may still be on one line
// (the index joins code lines with spaces). `categoryHint` is the post's category (the
// permalink's section, "go", "postgresql"): a prior that only breaks near-ties.
CodeLanguage identifyLanguage(QStringView code, QStringView categoryHint = {});
// The same, also giving how much evidence the winner had (0 for plain text).
CodeLanguage identifyLanguage(QStringView code, QStringView categoryHint, float *evidence);
// identifyLanguage() for a caller that only wants a language with at least `minEvidence` (> 0):
// when the hand-written rules alone show that no language reaches it, PlainText with evidence
// 0 at once, without the model's time (splitting code runs asks this of many candidate halves).
// Otherwise the language and evidence identifyLanguage() gives.
CodeLanguage identifyEvident(QStringView code, QStringView categoryHint, float minEvidence,
                             float *evidence);

// The hand-written rules' evidence for every language (CodeLanguageCount values into `scores`);
// PlainText gets RulePlainScore, the bar a language must pass. For the model's training program.
void languageRuleScores(QStringView code, QStringView categoryHint, float *scores);
constexpr float RulePlainScore = 2.4f;

} // namespace Lectern
