#pragma once

#include <QStringView>

namespace Lectern::StructureWords {

enum WordFlag : quint32
{
    Function = 1,       // English function word
    English = 2,        // common English word (function words included)
    Starter = 4,        // opens sentences ("The", "This"), case as written
    Shell = 8,          // shell command name (ASCII, no punctuation at either end: checked)
    CodeKeyword = 16,   // a language keyword that is not English ("func", "elif")
    SharedKeyword = 32, // a language keyword that is English too ("for", "return")
    UpperKeyword = 64,  // SQL/Dockerfile/HTTP upper-case word, case as written
    HeadingWord = 128,  // makes up whole headings ("conclusion", "setup")
    Dangling = 256,     // cannot end a phrase: articles, prepositions, conjunctions, auxiliaries
    // Smaller lists that structure recovery asks about per token, in the same table so that one
    // lookup answers them all:
    Verb = 512,          // "is", "can", "makes": sentences have them, headings rarely
    Pronoun = 1024,      // "i", "you", "we": sentences, not headings
    Opener = 2048,       // opens sentences rather than headings ("Most", "It's"), as written
    AsksMore = 4096,     // a keyword code cannot stop after ("class", "return", "in")
    DeclaresCode = 8192, // starts code, never a heading word ("import", "func", "upstream")
    ProseWord = 16384,   // a word that ends a shell command's arguments ("the", "you", "which")
    Subcommand = 32768,  // "tool:sub": a tool and one of its sub-commands ("git:bisect")
    // The heading model's lists (HeadingModel::ownClasses()), lowercase:
    ModelVerb = 65536,     // its Verb class: Verb's words and more ("would", "needs", "works")
    ModelPronoun = 131072, // its Pronoun class: Pronoun's words, "he" and "she"
    StepWord = 262144,     // nouns that number headings ("step", "part", "phase")
};

// All flags of a word, looked up exactly as given (no allocation).
quint32 wordFlags(QStringView word);
// A word's flags (wordFlags()) and its index in the committed heading model's vocabulary
// (HeadingModel::committed().wordIndex(): the vocabulary's size when it is not there), found
// in one table probe: tokenizeLine() asks for both once per distinct token.
struct WordEntry
{
    quint32 flags = 0;
    quint16 headingWord = 0;
};
WordEntry wordEntry(QStringView word);
// The flags of the word lists alone, without counting inflected forms ("deployed") as English:
// cheaper, for callers that need no English flag.
quint32 listedFlags(QStringView word);

// Word lists behind structure recovery's prose evidence. All lookups take lowercase words
// except isSentenceStarter(), which takes the word as written.

// Closed-class English words (articles, pronouns, prepositions, auxiliaries, conjunctions).
bool isFunctionWord(QStringView lower);
// Common English words of technical writing, function words included.
bool isEnglishWord(QStringView lower);
// Capitalised words that typically open a sentence ("The", "This", "You", "Use").
bool isSentenceStarter(QStringView word);
// Command names that start shell command lines ("docker", "git", "sudo").
bool isShellCommand(QStringView lower);

} // namespace Lectern::StructureWords
