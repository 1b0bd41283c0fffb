#include "ingest/structureregions.h"

#include "core/compiler.h"
#include "ingest/headingmodel.h"
#include "ingest/structuretext.h"
#include "ingest/structurewords.h"

#include <algorithm>

namespace Lectern {

namespace {

bool lowercaseWord(const StructureToken &t)
{
    return t.alpha && !t.upper;
}

// A capitalised word of a header or a first cell: not a keyword of SQL or a Dockerfile
// ("FROM", "RUN"), not a name from code.
bool capitalised(const StructureToken &t)
{
    return t.upper && t.alpha && !t.allCaps && t.code < 1.0f && !is(t.text, u"I") &&
           !begins(t.text, u"I'") && !begins(t.text, u"I\u2019");
}

// A sentence ends here: . ! ?, or the colon that ends a paragraph. In a table a cell may end
// with "?" and the next cell go on in lowercase ("finished starting? keep waiting").
bool sentenceEnd(const StructureTokens &tokens, qsizetype i)
{
    const StructureToken &t = tokens[i];
    if (t.endsColon && i + 1 == tokens.size())
        return true;
    if (is(t.text, u".") || is(t.text, u"?") || is(t.text, u"!"))
        return true; // "See Building a REST API with net/http ." (a link, then the period)
    if (!t.endsSentence)
        return false;
    if (t.core.size() <= 4 && t.core.contains(u'.'))
        return false; // "e.g.", "a.m."
    return i + 1 >= tokens.size() || !lowercaseWord(tokens[i + 1]) || !t.text.endsWith(u'?');
}

// Token j opens a table cell: a capitalised word, a number, a flag or a name from code right
// after a word that closes nothing (no punctuation) and asks for nothing (not "the", "to").
// Inside a sentence that happens rarely; between the cells of a row it happens at every cell.
bool cellStart(const StructureTokens &tokens, qsizetype j)
{
    const StructureToken &p = tokens[j - 1];
    const StructureToken &t = tokens[j];
    if (p.endsComma || p.endsColon || p.endsSentence || p.text.isEmpty() || t.text.isEmpty())
        return false;
    if ((p.flags & StructureWords::Dangling) && p.alpha)
        return false;
    const QChar last = p.text.back();
    if (last == u'/' || last == u'(' || last == u'-' || last == u'+' || last == u'&')
        return false;
    if (is(t.text, u"/") || is(p.text, u"/"))
        return false; // "Up / Down": one cell
    const QChar first = t.text.front();
    return capitalised(t) || first.isDigit() ||
           (first == u'-' && t.text.size() > 1 && t.text[1].isLetter()) || t.identifierLike;
}

// A verb that follows a sentence's subject: "Ctrl+Enter is", "FTS5 is compiled".
bool verbAt(const StructureTokens &tokens, qsizetype j)
{
    if (j >= tokens.size())
        return false;
    const QStringView verb = tokens[j].text;
    return is(verb, u"is") || is(verb, u"are") || is(verb, u"was") || is(verb, u"has") ||
           is(verb, u"can") || is(verb, u"does") || is(verb, u"lets") || is(verb, u"makes");
}

// A paragraph opens at j: a capitalised word that reads as a sentence's first, with the
// sentence's end within reach.
bool paragraphStart(const StructureTokens &tokens, qsizetype j, qsizetype sentenceEndAt)
{
    const StructureToken &t = tokens[j];
    if (!t.upper || t.allCaps || sentenceEndAt >= tokens.size() || sentenceEndAt - j < 2)
        return false;
    // "Ctrl+Enter is the one worth learning": a name with a verb after it opens one too.
    const float quality = sentenceStartQuality(tokens, j);
    if (quality < 1.4f && !(verbAt(tokens, j + 1) && quality >= 0.9f))
        return false;
    // A sentence has a function word or a verb; a row of a table seldom both.
    int function = 0;
    for (qsizetype k = j + 1; k <= sentenceEndAt && k < j + 8; ++k)
        function += tokens[k].function;
    return function >= 1;
}

// An article or a pronoun: after a phrase with no punctuation it opens a sentence or a
// heading ("The Go ecosystem", "A sensible configuration"), not a table cell.
bool opensPhrase(const StructureToken &t)
{
    const QStringView w = t.text;
    return is(w, u"The") || is(w, u"This") || is(w, u"These") || is(w, u"It") || is(w, u"We") ||
           is(w, u"You") || is(w, u"They") || is(w, u"A") || is(w, u"An");
}

// "Conclusion Five movements, ...": a heading word over the paragraph that follows a table. No
// cell opens before the sentence ends: a row's label that is a heading word is followed by
// cells ("Results Returned as a list, in order Read from each task with .result()").
bool headingThenSentence(const StructureTokens &tokens, qsizetype j)
{
    const StructureToken &t = tokens[j];
    if (!(t.upper && t.alpha && !t.allCaps && (t.flags & StructureWords::HeadingWord) &&
          j + 1 < tokens.size() && sentenceStartQuality(tokens, j + 1) >= 1.0f))
        return false;
    for (qsizetype k = j + 2; k < std::min(tokens.size(), j + 40); ++k) {
        if (tokens[k - 1].endsSentence)
            return true;
        if (capitalised(tokens[k]) && tokens[k].english && lowercaseWord(tokens[k - 1]) &&
            cellStart(tokens, k))
            return false;
    }
    return true;
}

// A question heading over a paragraph starts at j: a capitalised question word or auxiliary,
// two to ten more words up to a '?', then a capitalised word ("When Should You Reach for
// Kafka? When the events themselves ..."). A cell may ask too, though not in so many words.
bool questionHeadingAt(const StructureTokens &tokens, qsizetype j)
{
    const StructureToken &t = tokens[j];
    if (!t.upper || !t.alpha || t.allCaps || t.text.size() != t.core.size())
        return false;
    const QStringView w = t.lower;
    if (!(is(w, u"what") || is(w, u"why") || is(w, u"how") || is(w, u"when") || is(w, u"which") ||
          is(w, u"should") || is(w, u"can") || is(w, u"does") || is(w, u"do") || is(w, u"is")))
        return false;
    for (qsizetype k = j + 1; k < std::min(tokens.size() - 1, j + 11); ++k) {
        if (tokens[k].endsSentence)
            return k >= j + 3 && tokens[k].text.endsWith(u'?') && capitalised(tokens[k + 1]);
        if (tokens[k].endsColon || tokens[k].endsComma)
            return false;
    }
    return false;
}

// Code starts at j: two code-looking tokens, one of them with statement syntax.
bool codeStart(const StructureTokens &tokens, qsizetype j)
{
    if (j + 1 >= tokens.size())
        return false;
    const StructureToken &t = tokens[j];
    const StructureToken &next = tokens[j + 1];
    if (t.code < 1.5f || next.code < 1.0f)
        return false;
    for (const QStringView text : {t.text, next.text})
        for (const QChar c : text)
            if (c == u'{' || c == u'(' || c == u'=' || c == u'@' || c == u';')
                return true;
    return false;
}

// A sentence of prose starts at j: a capitalised opening, then words up to a sentence end with
// no line of output breaking in ("All heap blocks were freed -- no leaks are possible No
// leaks, and every error path prints ...": the first capital opens an output line).
bool proseSentenceAt(const StructureTokens &tokens, qsizetype j)
{
    if (!capitalised(tokens[j]) || sentenceStartQuality(tokens, j) < 1.0f)
        return false;
    int words = 1;
    for (qsizetype k = j + 1; k < tokens.size() && k < j + 30; ++k) {
        words += tokens[k].alpha;
        // Mostly words: "TestMake (0.00s) --- FAIL: ..." ends in a period too.
        if (tokens[k].endsSentence || sentenceEnd(tokens, k))
            return words * 10 >= (k - j + 1) * 7;
        // A capitalised common word right after a lowercase one (names aside: "what Go does").
        if (capitalised(tokens[k]) && tokens[k].english && cellStart(tokens, k) &&
            lowercaseWord(tokens[k - 1]))
            return false;
    }
    return false;
}

// "... dangling.cpp:14 Views in class members Storing a string_view ...": a short capitalised
// phrase of plain words, then a sentence: a heading over a paragraph.
bool headingOverProse(const StructureTokens &tokens, qsizetype j)
{
    if (!capitalised(tokens[j]))
        return false;
    for (qsizetype m = j + 1; m < tokens.size() && m <= j + 6; ++m) {
        const StructureToken &t = tokens[m - 1];
        if (!t.alpha || t.core.size() != t.text.size())
            return false;
        if (proseSentenceAt(tokens, m))
            return true;
    }
    return false;
}

// Tokens [a, b) read as English sentences: a word ending one, and function words throughout
// ("Each === RUN line opens a test or a subtest, and each --- PASS ... line closes it.").
bool readsAsProse(const StructureTokens &tokens, qsizetype a, qsizetype b)
{
    int function = 0;
    bool ends = false;
    qsizetype k = a;
    for (; k < b; ++k)
        function += tokens[k].function;
    // The sentence goes on past the last evidence: look to its end (not into the next one).
    for (; k < tokens.size() && k < b + 12 && !ends && !proseSentenceAt(tokens, k) &&
           !headingOverProse(tokens, k);
         ++k) {
        function += tokens[k].function;
        ends = tokens[k].endsSentence;
    }
    for (qsizetype j = a; j < b && !ends; ++j)
        ends = tokens[j].endsSentence;
    return ends && function * 5 >= (k - a);
}

int outputEvidence(const StructureTokens &tokens, qsizetype i);

// A number as programs print it: "42", "0.187", "1801.512".
bool figure(QStringView v)
{
    return !v.isEmpty() && v.front().isDigit() && v.back().isDigit() &&
           std::all_of(v.begin(), v.end(), [](QChar c) { return c.isDigit() || c == u'.'; });
}

// Prose starts at j, though its sentence may be long: a capital, then six words with two
// function words among them ("... 0.104 ms Testing Our test suite has one test per table
// that ..."). Output holds figures and names, not runs of plain words.
// (Not after a label, "error: Returning Any from function declared to return", which is a
// program's message; not inside a capitalised phrase, nor in a comment, "# Hugging Face
// cache, owned by the service user".)
bool proseRunAt(const StructureTokens &tokens, qsizetype j)
{
    if (j + 6 > tokens.size() || !tokens[j].upper ||
        (j > 0 && (tokens[j - 1].endsColon || tokens[j - 1].marker ||
                   (tokens[j - 1].upper && tokens[j - 1].alpha))))
        return false;
    int function = 0;
    for (qsizetype k = j; k < j + 6; ++k) {
        if (!tokens[k].alpha)
            return false;
        function += tokens[k].function;
    }
    return function >= 2;
}

// Token j comes right after a value: a closing bracket, a number, milliseconds. (Not a range,
// "Repetitions: 12-15 Lateral Raises Sets: 3", which a list of items may hold.)
bool afterValue(const StructureTokens &tokens, qsizetype j)
{
    if (j == 0)
        return false;
    const QStringView before = tokens[j - 1].text;
    return before.endsWith(u')') || is(before, u"ms") || figure(before);
}

// A label of output's starts at j, right after a value: a capitalised word (maybe a keyword's,
// "Index Cond:") and at most three more words, the last ending in ':' ("... rows=1) Index
// Cond:", "... 0.187 ms Execution Time:", "... interval))) Rows Removed by Filter:"). The
// index of the token with the colon, or -1.
qsizetype labelAfterValue(const StructureTokens &tokens, qsizetype j)
{
    if (!tokens[j].upper || !tokens[j].alpha || tokens[j].allCaps || !afterValue(tokens, j))
        return -1;
    for (qsizetype m = j; m < tokens.size() && m < j + 4; ++m) {
        if (tokens[m].endsColon)
            return m;
        if (!tokens[m].alpha)
            return -1;
    }
    return -1;
}

// A field of output starts at j: such a label, then a value that is no word ("Index Cond: (id
// = 42)", "Execution Time: 0.082 ms"). A sentence does not start so.
bool fieldAfterValue(const StructureTokens &tokens, qsizetype j)
{
    const qsizetype colon = labelAfterValue(tokens, j);
    return colon >= 0 && tokens[colon].alpha && colon + 1 < tokens.size() &&
           !tokens[colon + 1].text.isEmpty() && !tokens[colon + 1].text.front().isLetter();
}

// "Setup Here is a Dockerfile for a small ...", "Check That FTS5 Is Available FTS5 is compiled
// into ...": capitalised words from s on, then a sentence (a sentence's opener, or a subject
// and its verb) that runs with its function words to its end at t, and no cell opens after a
// lowercase word before then, as a row's would. A heading over a paragraph, not a header row.
bool headingThenProse(const StructureTokens &tokens, qsizetype s, qsizetype t)
{
    for (qsizetype m = s + 1; m < std::min(t, s + 9); ++m) {
        const StructureToken &p = tokens[m - 1];
        if (!(p.upper || p.function || (!p.text.isEmpty() && p.text.front().isDigit())) ||
            p.endsSentence || p.endsComma)
            return false; // a lowercase word: no heading in Title Case ends here
        const StructureToken &o = tokens[m];
        if (!capitalised(o) || !(o.starter || verbAt(tokens, m + 1)) ||
            sentenceStartQuality(tokens, m) < 1.0f || !proseSentenceAt(tokens, m))
            continue;
        int function = 0;
        for (qsizetype k = m; k <= t; ++k)
            function += tokens[k].function;
        return function >= 2;
    }
    return false;
}

// A header cell or a row's label that ends with '?' without asking ("Invalid states possible?
// Exhaustiveness checked?", "Readers block the writer? yes no"): no question word or auxiliary
// opens it, within the five words before the mark (and after `s` and any sentence's end).
bool cellQuestion(const StructureTokens &tokens, qsizetype s, qsizetype i)
{
    if (!tokens[i].text.endsWith(u'?'))
        return false;
    static const QStringView openers[] = {
        u"what", u"why", u"how",  u"when", u"where", u"who",   u"which",  u"is",
        u"are",  u"do",  u"does", u"did",  u"can",   u"could", u"should", u"would",
        u"will", u"has", u"have", u"was",  u"were",  u"shall", u"may",    u"might"};
    for (qsizetype j = i; j >= std::max(s, i - 5); --j) {
        if (j < i && tokens[j].endsSentence && !tokens[j].text.endsWith(u'?'))
            break; // (another cell's mark may come before)
        if (std::find(std::begin(openers), std::end(openers), QStringView(tokens[j].lower)) !=
            std::end(openers))
            return false;
    }
    return true;
}

// "Summary", "Comparison", "Checklist": a word that ends a heading standing over a table.
bool endsTableHeading(const StructureToken &t)
{
    if (t.flags & StructureWords::HeadingWord)
        return true;
    for (const QStringView w : {u"comparison", u"reference", u"sheet", u"glance", u"differences",
                                u"pitfalls", u"options", u"compared"})
        if (t.lower == w)
            return true;
    return false;
}

// "Setting", "Situation", "Approach", "Mode", ...: a capitalised word that heads a table's
// first column far more often than it opens a sentence.
bool firstColumnWord(const StructureToken &t)
{
    if (!t.upper || !t.alpha || t.allCaps || t.core.size() != t.text.size() || t.lower.size() < 4)
        return false;
    static const QStringView words[] = {
        u"setting", u"situation", u"approach", u"attribute", u"option",    u"mode",
        u"symptom", u"platform",  u"property", u"parameter", u"field",     u"flag",
        u"feature", u"concern",   u"scenario", u"variable",  u"directive", u"header",
        u"signal",  u"operation", u"method",   u"layer",     u"term",      u"expression"};
    return std::find(std::begin(words), std::end(words), QStringView(t.lower)) != std::end(words);
}

// Does token j - 1 close a phrase [s, j) that announces a table below it: "at a Glance",
// "Compared", "Comparison", "Side by Side" ("Side-by-Side Comparison")?
bool announcesTable(const StructureTokens &tokens, qsizetype s, qsizetype j)
{
    const QStringView w = tokens[j - 1].lower;
    if (is(w, u"glance") || is(w, u"compared") || is(w, u"comparison"))
        return true;
    return is(w, u"side") && j - 3 >= s && is(tokens[j - 2].lower, u"by") &&
           is(tokens[j - 3].lower, u"side");
}

// "Useful Flags at a Glance Flag What it does ...", "Query Syntax Worth Knowing Query Matches
// ...": the header's first cell names again what the heading over the table is about.
bool namesHeadingNoun(const StructureTokens &tokens, qsizetype s, qsizetype j)
{
    if (!capitalised(tokens[j]) || tokens[j].function)
        return false;
    const QStringView cell = tokens[j].lower;
    for (qsizetype m = s; m < j; ++m) {
        const QStringView word = tokens[m].lower;
        if (!tokens[m].function && cell.size() >= 3 &&
            (word == cell ||
             (word.size() == cell.size() + 1 && word.startsWith(cell) && word.back() == u's')))
            return true;
    }
    return false;
}

// "Step 1 — Pick a Stable Lock Key Advisory locks are ...", "Composite Indexes — Column Order
// Is the Whole Game ...": tokens [a, b) are a heading in Title Case, not a header row without
// rows. Every word is capitalised but the function words, which stay lowercase; and one of
// those, or a dash, is there (a header's cells are nouns: "Name Type Default Port").
bool titleCasePhrase(const StructureTokens &tokens, qsizetype a, qsizetype b)
{
    if (b - a > HeadingModel::MaxLength)
        return false; // longer than any heading recovery considers
    bool joined = false;
    for (qsizetype j = a; j < b; ++j) {
        const StructureToken &t = tokens[j];
        if (is(t.text, u"\u2014") || is(t.text, u"\u2013")) {
            joined = true;
        } else if (t.alpha && !t.upper) {
            if (!t.function)
                return false; // a lowercase word of content: a row's cell or a sentence
            joined = true;
        } else if (!(t.alpha && t.upper) &&
                   (t.core.isEmpty() || !std::all_of(t.core.begin(), t.core.end(),
                                                     [](QChar c) { return c.isDigit(); }))) {
            return false;
        }
    }
    return joined;
}

// A table from token s on, if one starts there (else its end is -1). `announced`: s opens a
// line that the line before announced with a colon. `underHeading`: a heading that announces a
// table (announcesTable()) ends right before s, so s opens the header row, in lowercase too.
StructureRegion tableAt(const StructureTokens &tokens, qsizetype s, bool announced,
                        bool underHeading = false)
{
    const qsizetype n = tokens.size();
    const StructureRegion none{StructureRegion::Kind::Table, s, -1};
    if ((!capitalised(tokens[s]) && !underHeading) ||
        tokens[s].core.size() != tokens[s].text.size())
        return none; // a header row opens with a capitalised word
    // A heading that says "table below" ends where it says so, whatever its words and the
    // header's first cell ("The Layers at a Glance Layer Where it lives ...", "Side by side
    // venv + pip ...", "The Options, Compared Approach ...").
    for (qsizetype j = s + 2; j <= std::min(n - 8, s + 8) && !underHeading; ++j) {
        const StructureToken &last = tokens[j - 1];
        if (!last.alpha || last.endsSentence || last.endsColon)
            break;
        if (!announcesTable(tokens, s, j))
            continue;
        StructureRegion rest = tableAt(tokens, j, false, true);
        if (rest.end >= 0 && rest.lead < 0) {
            rest.lead = s;
            return rest;
        }
        break;
    }
    // A heading in sentence case may stand over the table ("A weekly overview Day Routine
    // Extra ..."): the header row starts at the next capital. (Checked before anything that
    // scans far: most starts fail here.)
    qsizetype h = s;
    if (s + 1 < n && lowercaseWord(tokens[s + 1])) {
        qsizetype l = s + 1;
        while (l < n && l - s <= 6 && lowercaseWord(tokens[l]) && !tokens[l].endsColon &&
               !tokens[l].endsSentence)
            ++l;
        // (Under a colon that announced it, the table opens right away: "Exit code Meaning
        // to bisect 0 good ..." is a header row.)
        if (l < n && l - s <= 6 && capitalised(tokens[l]) && cellStart(tokens, l))
            h = (announced || underHeading) && l - s <= 3 ? s : l;
        else
            return none; // a sentence's opening, not a header row
    }
    // The header row: short capitalised cells, the next one within three words.
    qsizetype second = -1;
    for (qsizetype k = h + 1; k < std::min(n, h + 4) && second < 0; ++k)
        if (capitalised(tokens[k]) && cellStart(tokens, k))
            second = k;
    // "Conclusion You've now set up ...": a sentence's opener, not a second header cell.
    if (second < 0 || opensPhrase(tokens[second]) || tokens[second].core.contains(QChar(0x2019)) ||
        tokens[second].core.contains(u'\''))
        return none;
    for (qsizetype k = h; k <= second; ++k)
        if (tokens[k].endsColon || tokens[k].endsComma)
            return none; // "Step 2: Install Django": a label, not header cells
    qsizetype t = s;     // the first sentence end at or after s (n: none)
    while (t < n && (!sentenceEnd(tokens, t) || cellQuestion(tokens, s, t)))
        ++t;
    if (t - s < 6 || t < second)
        return none;
    if (headingThenProse(tokens, s, t))
        return none;
    // The table ends where a heading over a paragraph or code begins (a comment marker opens
    // code: "Step 2 — Builds and Archives # .goreleaser.yaml ..."), or an article or a
    // pronoun opens a phrase ("... restart the container A sensible configuration"), else
    // where the last sentence before the first sentence end opens (a row's cells read like
    // sentences too: "Enter open the selected result").
    qsizetype e = -1;
    for (qsizetype j = h + 1; j <= t && j < n; ++j) {
        if ((j > h + 1 && (headingThenSentence(tokens, j) || questionHeadingAt(tokens, j))) ||
            codeStart(tokens, j) || (cellStart(tokens, j) && opensPhrase(tokens[j])) ||
            (tokens[j].marker && j + 1 < n)) {
            e = j;
            break;
        }
        if (j >= h + 4 && paragraphStart(tokens, j, t))
            e = j;
    }
    const bool toLineEnd = e < 0;
    if (e < 0) {
        if (t < n)
            return none; // a long sentence, no table
        e = n;           // the table closes the text
    }
    if (!toLineEnd && titleCasePhrase(tokens, s, e))
        return none; // a heading over a paragraph or code
    // Rows repeat the header's cells: several more cell starts, no sentence in between.
    int cells = 0;
    int commas = 0;
    int code = 0; // tokens of statement syntax: a table's cells hold few
    for (qsizetype j = h + 1; j < e; ++j) {
        if (is(tokens[j].text, u"&&") || is(tokens[j].text, u"$"))
            return none; // a command line, not a cell
        cells += cellStart(tokens, j);
        commas += tokens[j].endsComma;
        code += tokens[j].code >= 1.5f || tokens[j].allCaps;
    }
    // A header of two capitalised words in a row ("Error Meaning", "Scope Created once per")
    // says table by itself: cells that open in lowercase leave no other trace.
    const bool header = h + 1 < e && cellStart(tokens, h + 1) && capitalised(tokens[h + 1]);
    const int needed = header ? (toLineEnd ? 3 : 1) : 4;
    if (cells < needed || e - h < 8 || commas * 4 > e - h || code * 4 > e - h)
        return none;
    // With little more than a header to go on, a dash or a label inside reads as a sentence
    // under a heading ("Key Features Object-Relational Mapping (ORM): Django includes ...").
    if (cells < 4)
        for (qsizetype j = h; j < e; ++j)
            if (tokens[j].endsColon || tokens[j].text == QStringView(u"\u2014"))
                return none;
    // Cells hold words and names, not a program's output ("Execution Time: 0.118 ms"); a
    // cell may name a status ("PASS the test passed").
    int output = 0;
    for (qsizetype j = h; j < e; ++j)
        if (!tokens[j].allCaps)
            output += outputEvidence(tokens, j);
    if (output >= 2)
        return none;
    StructureRegion table{StructureRegion::Kind::Table, h, e};
    table.ownParagraph = !toLineEnd && (cells >= 4 || header);
    table.lead = h > s ? s : -1;
    // A heading in Title Case, or of one word, reads as the header's first cells ("Summary Goal
    // Where ...", "A Short Checklist Symptom Profile ..."): when a word that ends headings over
    // tables ends it (within three words), or the header's first cell names one of its words
    // again (namesHeadingNoun()), and the rest is a table by itself, the phrase is the table's
    // heading.
    // So does a phrase before a word that heads a table's first column ("The Timeouts, Decoded
    // Setting Where it's enforced ...", "Choosing Status Codes Situation Status ...").
    if (h == s)
        for (qsizetype j = s + 1; j < std::min(e, s + 8); ++j) {
            const StructureToken &last = tokens[j - 1];
            if (!last.alpha || (last.core.size() != last.text.size() && !last.endsComma))
                break;
            if (last.endsComma)
                continue;
            if (!(endsTableHeading(last) && j < s + 4) && !namesHeadingNoun(tokens, s, j) &&
                !(j >= s + 2 && firstColumnWord(tokens[j])))
                continue;
            StructureRegion rest = tableAt(tokens, j, false);
            if (rest.end >= 0 && rest.lead < 0) {
                rest.lead = s;
                return rest;
            }
        }
    return table;
}

// "├", "└", "│": the box-drawing characters of a tree or a boxed message.
bool boxDrawing(QChar c)
{
    return c.unicode() >= 0x2500 && c.unicode() <= 0x257F;
}

// "88e01d5", "4e2a91c0d7b35f86...": a commit's hash, 7 to 40 hex digits with letters and digits
// both ("1234567" and "defaced" are not).
bool commitHash(QStringView w)
{
    if (w.size() < 7 || w.size() > 40)
        return false;
    int digits = 0, letters = 0;
    for (const QChar c : w) {
        digits += c.isDigit();
        letters += c >= u'a' && c <= u'f';
    }
    return digits > 0 && letters > 0 && digits + letters == w.size();
}

// A query plan's figures (PostgreSQL's EXPLAIN): 2 for an estimate or a timing, a range
// ("(cost=0.43..8.45", "time=0.052..0.054"), 1 for a count beside it ("rows=120",
// "loops=1)", "width=48)", and the buffer counts "hit=2145", "read=88412"); 0 for any other
// token. Plans read like words ("Index Scan using orders_pkey on orders"), so their
// figures are what marks them output.
int planEvidence(QStringView w)
{
    if (w.startsWith(u'('))
        w = w.sliced(1);
    if (w.endsWith(u')'))
        w.chop(1);
    const qsizetype eq = w.indexOf(u'=');
    if (eq < 3 || eq + 1 >= w.size())
        return 0;
    const QStringView key = w.first(eq), value = w.sliced(eq + 1);
    if (is(key, u"cost") || is(key, u"time")) {
        const qsizetype range = value.indexOf(u"..");
        return range > 0 && figure(value.first(range)) && figure(value.sliced(range + 2)) ? 2 : 0;
    }
    if ((is(key, u"rows") || is(key, u"loops") || is(key, u"width") || is(key, u"hit") ||
         is(key, u"read") || is(key, u"dirtied") || is(key, u"written")) &&
        std::all_of(value.begin(), value.end(), [](QChar c) { return c.isDigit(); }))
        return 1;
    return 0;
}

// Output evidence in one token: an address, a source location, a time, a sanitizer's or a test
// runner's marker, a ruler. 2: strong, 1: weak, 0: none. Local: from the token alone, so
// StructureRegions::DependsOnContext where its neighbours or its place would decide (then
// `tokens` and `i` are not looked at).
template<bool Local>
int evidenceOf(const StructureToken &t, const StructureTokens &tokens, qsizetype i)
{
    const QStringView w = t.text;
    // Most tokens are words: one that neither ends in ':' nor is in capitals (a label's and a
    // header row's evidence depend on their neighbours) has no evidence but two.
    if (t.alpha && !t.endsColon && !t.allCaps)
        return begins(w, u"panicked") || is(w, u"Traceback") ? 2 : 0;
    const qsizetype size = w.size();
    if (is(w, u"^") || is(w, u"^^^"))
        return 1; // a caret under the column of an error
    if (size < 2)
        return 0;
    if (t.chars & CharEquals) {
        if (const int plan = planEvidence(w))
            return plan;
    }
    // "app=#", "app=>": a psql session's prompt.
    if (size >= 4 && (ends(w, u"=#") || ends(w, u"=>")) && w[0].isLetter())
        return 2;
    // "(0.00s)", "0.004s", "38.214 ms": a measured duration (a word's core holds no '.').
    // (Inline searches, for the tokens whose TokenChar bits show a '.' only.)
    if (!t.alpha && (t.chars & CharDot)) {
        const QStringView c = t.core;
        const qsizetype dot = findIn(c, u'.');
        const bool seconds = c.endsWith(u's') && !ends(c, u"ms");
        const QStringView number = seconds ? c.chopped(1) : c;
        if (dot > 0 && number.size() >= 3 &&
            std::all_of(number.begin(), number.end(),
                        [](QChar ch) { return ch.isDigit() || ch == u'.'; })) {
            if (seconds)
                return 1;
            if constexpr (Local)
                return StructureRegions::DependsOnContext; // the unit may follow
            else if (i + 1 < tokens.size() &&
                     (is(tokens[i + 1].core, u"ms") || is(tokens[i + 1].core, u"s")))
                return 1;
        }
    }
    // "(3 rows)", "(1 row)": psql's row count.
    if (is(w, u"rows)") || is(w, u"row)")) {
        if constexpr (Local)
            return StructureRegions::DependsOnContext;
        else if (i > 0 && tokens[i - 1].text.startsWith(u'(') && tokens[i - 1].text.size() > 1 &&
                 tokens[i - 1].text[1].isDigit())
            return 2;
    }
    if constexpr (Local) {
        // A label's and a header row's evidence depend on what stands around them.
        if (t.endsColon || (t.allCaps && t.alpha))
            return StructureRegions::DependsOnContext;
    } else {
        // Labels inside code's brackets are a struct literal's fields ("Handler: mux,").
        const bool label = t.endsColon && !t.strongEnclosed && i + 1 < tokens.size();
        // "ERROR:", "HINT:", "WARNING:": a program's labelled message.
        if (label && t.allCaps && t.alpha && t.core.size() >= 4)
            return 1;
        // "Traceback (most recent call last):": Python's traceback, its first word seconded
        // (version 55: code F1 +0.29 points and language +0.93 on one of four sets of 15
        // posts written this session, language +0.97 on another, no set lower).
        if (is(w, u"last):") && i > 0 && is(tokens[i - 1].text, u"call"))
            return 2;
        // "Loaded: loaded", "Active: failed": a status field and its value.
        if (label && t.upper && t.alpha && t.english && !t.allCaps && i > 0 &&
            !tokens[i - 1].endsSentence && !tokens[i - 1].endsColon &&
            (lowercaseWord(tokens[i + 1]) || tokens[i + 1].text.front().isDigit()))
            return 1;
        // "NEXT LEFT LAST PASSED UNIT": a header row of columns, not SQL keywords.
        // (Not words that end a statement: "ENABLE ROW LEVEL SECURITY;" is SQL.)
        if (t.allCaps && t.alpha && i + 2 < tokens.size()) {
            int caps = 0, keywords = 0;
            for (qsizetype k = i; k < i + 3; ++k) {
                caps += tokens[k].allCaps && tokens[k].alpha;
                keywords += bool(tokens[k].exactFlags & StructureWords::UpperKeyword);
            }
            bool statement = false;
            for (qsizetype k = i; k < std::min(i + 4, tokens.size()); ++k)
                statement = statement || tokens[k].text.endsWith(u';');
            if (caps == 3 && keywords <= 1 && !statement)
                return 1;
        }
    }
    if (std::all_of(w.begin(), w.end(), [](QChar c) { return c == u'-' || c == u'+'; }) &&
        w.contains(u'+') && size >= 5)
        return 2; // a psql ruler "----+------"
    if (begins(w, u"==") && size > 4 && w[2].isDigit())
        return 2; // "==4242==ERROR:"
    if (begins(w, u"===") || begins(w, u"---")) {
        if (std::all_of(w.begin(), w.end(), [](QChar c) { return c == u'=' || c == u'-'; }))
            return size >= 3 ? 1 : 0;
    }
    if (is(w, u"PASS") || is(w, u"FAIL") || is(w, u"PASS:") || is(w, u"FAIL:") || is(w, u"-->") ||
        is(w, u"Traceback") || begins(w, u"error[E") || begins(w, u"panicked") ||
        begins(w, u"[running]"))
        return 2;
    // "├──", "└──", "│ │": a tree's or a boxed message's drawing (a lone "│" is too short to
    // count, above).
    if (boxDrawing(w[0]))
        return 2;
    if (w[0] == u'#' && size <= 3 &&
        std::all_of(w.begin() + 1, w.end(), [](QChar c) { return c.isDigit(); }))
        return 1; // a stack frame "#0"
    // What is left needs a digit (an address, a time, a line number): a word holds none.
    if (t.alpha)
        return 0;
    const QStringView core = t.core;
    if (core.size() >= 6 && begins(core, u"0x") &&
        std::all_of(core.begin() + 2, core.end(), [](QChar c) {
            return c.isDigit() || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        }))
        return 2; // an address
    // "88e01d5", "4e2a91c0d7b35f86...": a commit's hash.
    if (core.size() == size && commitHash(core))
        return core.size() >= 12 ? 2 : 1;
    // "12:30:45", "2024-05-02T09:15:44Z", "2026-03-03": times and dates (eight characters at
    // least, a ':' or a '-' among them: other tokens are spared the count).
    if (core.size() >= 8 && (t.chars & (CharColon | CharDash))) {
        int digits = 0, colons = 0, dashes = 0;
        for (const QChar c : core) {
            digits += c.isDigit();
            colons += c == u':';
            dashes += c == u'-';
        }
        if (colons == 2 && digits >= 6 && digits + colons + dashes + 2 >= core.size())
            return 1;
        if (dashes == 2 && digits == 8 && core.size() == 10 && core[4] == u'-')
            return 1;
    }
    // "ring.h:41", "src/main.rs:31:17": a file and a line.
    const qsizetype colon = (t.chars & CharColon) ? findIn(core, u':') : -1;
    if (colon > 2 && colon + 1 < core.size() && core[colon + 1].isDigit()) {
        const QStringView file = core.first(colon);
        const qsizetype dot = file.lastIndexOf(u'.');
        if (dot > 0 && dot + 1 < file.size() && file.size() - dot <= 5 &&
            file[dot + 1].isLetter() &&
            std::all_of(core.begin() + colon + 1, core.end(),
                        [](QChar c) { return c.isDigit() || c == u':'; }))
            return 2;
    }
    return 0;
}

// Runs of "directive value" pairs, comments between them ("# Everything else we harden anyway
// PasswordAuthentication no PermitRootLogin no", "save \"\" appendonly no # Free memory ...
// lazyfree-lazy-eviction yes"): sshd_config, redis.conf. Their words read as prose ("no",
// "yes", "save"), so the code ended at the first comment. Calls `mark(k)` for the tokens of
// each run of three pairs or more with a switch among them. A pair repeated right after itself
// is no directive's but the sentence that names it ("AuthorizedKeysFile none is the line ...").
template<typename Mark> void directiveRuns(const StructureTokens &tokens, Mark mark)
{
    const qsizetype n = tokens.size();
    // (Most lines have no directive with a switch at all: nothing to pair then.)
    bool anySwitch = false;
    for (qsizetype i = 1; i < n && !anySwitch; ++i) {
        const QStringView w = tokens[i].text;
        const StructureToken &name = tokens[i - 1];
        anySwitch = isSwitchWord(w) && !name.function && !name.marker && !name.command &&
                    directivePair(name.text, w,
                                  i + 1 < n ? QStringView(tokens[i + 1].text) : QStringView()) == 2;
    }
    if (!anySwitch)
        return;
    qsizetype runStart = -1, lastPair = -1;
    int pairs = 0, switches = 0;
    const auto close = [&] {
        if (runStart >= 0 && pairs >= 3 && switches >= 1)
            for (qsizetype k = runStart; k <= lastPair + 1; ++k)
                if (!tokens[k].marker)
                    mark(k);
        runStart = -1, pairs = 0, switches = 0;
    };
    for (qsizetype i = 0; i + 1 < n; ++i) {
        // (Not a function word, "with 512", "on port 6379", nor a command: "ls /srv".)
        const int value =
            tokens[i].function || tokens[i].marker || tokens[i].command
                ? 0
                : directivePair(tokens[i].text, tokens[i + 1].text,
                                i + 2 < n ? QStringView(tokens[i + 2].text) : QStringView());
        if (!value)
            continue;
        const bool repeated = lastPair >= 0 && lastPair + 2 == i &&
                              tokens[lastPair].text == tokens[i].text &&
                              tokens[lastPair + 1].text == tokens[i + 1].text;
        // (The pair goes on the run when it follows the last one, the last one's further
        // values ("bind 10.0.3.21 127.0.0.1") or a comment.)
        const auto moreValues = [&tokens](qsizetype a, qsizetype b) {
            return b - a <= 3 &&
                   std::all_of(tokens.begin() + a, tokens.begin() + b, [](const StructureToken &t) {
                       return t.text[0].isDigit() || t.text[0] == u'"';
                   });
        };
        const bool joins =
            runStart >= 0 && !repeated &&
            (moreValues(lastPair + 2, i) || (i - lastPair <= 16 && tokens[lastPair + 2].marker));
        if (!joins) {
            close();
            if (repeated)
                continue;
            runStart = i;
        }
        lastPair = i;
        ++pairs;
        switches += value == 2;
        ++i; // (the value is no directive)
    }
    close();
}

// Output evidence of token i: what tokenizeLine() found of it on its own, unless its
// neighbours decide.
int outputEvidence(const StructureTokens &tokens, qsizetype i)
{
    const StructureToken &t = tokens[i];
    return t.outputEvidence != StructureRegions::DependsOnContext ? t.outputEvidence
                                                                  : evidenceOf<false>(t, tokens, i);
}

} // namespace

quint8 StructureRegions::tokenEvidence(const StructureToken &t)
{
    return quint8(evidenceOf<true>(t, {}, 0));
}

// (Flattened: the per-token tests it runs are inlined; calls to them cost as much.)
LECTERN_FLATTEN StructureRegions StructureRegions::find(const StructureTokens &tokens,
                                                        bool afterColon)
{
    StructureRegions result;
    const qsizetype n = tokens.size();
    if (n < 8)
        return result;
    // Tables: they start a line, or follow a sentence, a heading or code.
    for (qsizetype s = 0; s + 8 <= n; ++s) {
        const bool boundary = s == 0 || tokens[s - 1].endsSentence || tokens[s - 1].code >= 1.0f ||
                              tokens[s - 1].text.endsWith(u'}');
        if (!boundary)
            continue;
        const StructureRegion table = tableAt(tokens, s, s == 0 && afterColon);
        if (table.end < 0)
            continue;
        result.m_regions.append(table);
        s = table.end - 1;
    }
    // Output: evidence tokens close together, after code or an announcing colon.
    // (A buffer this thread reuses, written whole below, through plain pointers: a byte store
    // could alias the list's own pointer, which the compiler would read again after each.)
    thread_local std::vector<quint8> evidenceStorage; // grows only
    if (evidenceStorage.size() < size_t(n))
        evidenceStorage.resize(size_t(n));
    quint8 *const evidence = evidenceStorage.data();
    bool any = false;
    for (qsizetype i = 0; i < n; ++i) {
        evidence[i] = quint8(outputEvidence(tokens, i));
        any = any || evidence[i] > 0;
    }
    constexpr qsizetype Gap = 16;
    QList<StructureRegion> outputs; // (joined to the tables at the end)
    for (qsizetype i = 0; i < n && any; ++i) {
        if (!evidence[size_t(i)])
            continue;
        qsizetype last = i;
        int strength = evidence[size_t(i)];
        int count = 1;
        for (qsizetype j = i + 1; j < n && j - last <= Gap; ++j) {
            if (proseSentenceAt(tokens, j))
                break; // a sentence between: prose about the output
            if (evidence[size_t(j)]) {
                last = j;
                strength += evidence[size_t(j)];
                ++count;
            }
        }
        // A table's cells may name output ("PASS the test passed"); prose about output reads
        // as sentences: neither is output.
        // (A "table" that the output runs across with no evidence in it was the output's
        // words read as cells: "-> Parallel Index Scan Backward using ... (cost=...".)
        bool inTable = false;
        for (const StructureRegion &r : std::as_const(result.m_regions))
            if (r.kind == StructureRegion::Kind::Table && i < r.end && last >= r.start)
                for (qsizetype k = std::max(i, r.start); k < std::min(last + 1, r.end); ++k)
                    inTable = inTable || evidence[size_t(k)];
        if (count >= 2 && strength >= 3 && !inTable && !readsAsProse(tokens, i, last + 1)) {
            // The output goes on to where a sentence or a heading over one starts. (A commit's
            // hash is followed by its subject, not by a heading: "0b7c2d9 Initial commit".)
            qsizetype end = last + 1;
            const bool subject = commitHash(tokens[last].core);
            while (end < n && end - last <= 24 &&
                   (fieldAfterValue(tokens, end) ||
                    (!proseSentenceAt(tokens, end) &&
                     !((headingOverProse(tokens, end) || proseRunAt(tokens, end)) &&
                       !(subject && end == last + 1)) &&
                     !is(tokens[end].text, u"$"))))
                ++end; // (a prompt starts the next command)
            if (end - last > 24)
                end = last + 1;
            // psql prints its header row over the ruler: "region | month -------+------".
            qsizetype start = i;
            if (evidence[size_t(i)] == 2 && tokens[i].text.contains(u'+'))
                while (start > 0 && i - start < 16 && !tokens[start - 1].text.endsWith(u';') &&
                       (is(tokens[start - 1].text, u"|") ||
                        (start >= 2 && is(tokens[start - 2].text, u"|")) ||
                        (start < n && is(tokens[start].text, u"|"))))
                    --start;
            // A plan's node names itself before its figures ("Index Scan using orders_pkey on
            // orders (cost=..."), and a ruler has its title over it ("QUERY PLAN (as app_user)
            // ------"): the output starts at the line's start, after the statement that
            // printed it, or at the node's arrow ("-> Nested Loop (cost=...").
            const bool plan = planEvidence(tokens[i].text) == 2;
            const QStringView first = tokens[i].text;
            const bool titledRuler = first.size() >= 8 && first.front() == u'-' && isRuler(first);
            if (start == i && (plan || titledRuler)) {
                qsizetype k = i;
                while (k > 0 && i - k < 10 && !is(tokens[k - 1].text, u"->") &&
                       !is(tokens[k - 1].text, u"--") && !tokens[k - 1].endsSentence &&
                       !tokens[k - 1].endsColon && !tokens[k - 1].text.endsWith(u';') &&
                       !(titledRuler && (tokens[k - 1].command || is(tokens[k - 1].text, u"$"))))
                    --k;
                // (A plan quoted in a comment of SQL, "-- Index Scan using ... (cost=...",
                // is the SQL's.)
                if (plan && k > 0 && is(tokens[k - 1].text, u"--")) {
                    i = last;
                    continue;
                }
                if (plan && k > 0 && is(tokens[k - 1].text, u"->"))
                    start = k - 1;
                else if (k == 0 || tokens[k - 1].endsColon || tokens[k - 1].text.endsWith(u';'))
                    start = k;
            }
            const bool endsAtSentence = end < n && proseSentenceAt(tokens, end) &&
                                        !headingOverProse(tokens, end) &&
                                        !(tokens[end].flags & StructureWords::HeadingWord);
            // Output that reaches the run before it goes on with it: one program printed both
            // (a plan's next node after the last one's arrow).
            if (!outputs.isEmpty() && start <= outputs.back().end) {
                outputs.back().end = std::max(outputs.back().end, end);
                outputs.back().endsAtSentence = endsAtSentence;
            } else {
                StructureRegion output{StructureRegion::Kind::Output, start, end};
                output.endsAtSentence = endsAtSentence;
                outputs.append(output);
            }
            result.m_regions.removeIf([i, last](const StructureRegion &r) {
                return r.start <= last && r.end > i; // (only tables are there yet)
            });
            if (result.m_code.empty())
                result.m_code.assign(size_t(n), 0.0f);
            for (qsizetype k = start; k < end; ++k)
                result.m_code[size_t(k)] = 2.0f;
        }
        i = last;
    }
    result.m_regions.append(outputs);
    // A config's directives are code however English they read (directiveRuns()).
    // (Not in a table: its cells may pair a name with a switch.)
    directiveRuns(tokens, [&result, n](qsizetype k) {
        for (const StructureRegion &r : std::as_const(result.m_regions))
            if (r.kind == StructureRegion::Kind::Table && k >= r.start && k < r.end)
                return;
        if (result.m_code.empty())
            result.m_code.assign(size_t(n), 0.0f);
        result.m_code[size_t(k)] = std::max(result.m_code[size_t(k)], 2.0f);
    });
    std::sort(result.m_regions.begin(), result.m_regions.end(),
              [](const StructureRegion &a, const StructureRegion &b) { return a.start < b.start; });
    return result;
}

namespace {

bool month(QStringView w)
{
    static const QStringView months[] = {u"Jan", u"Feb", u"Mar", u"Apr", u"May", u"Jun",
                                         u"Jul", u"Aug", u"Sep", u"Oct", u"Nov", u"Dec"};
    return std::any_of(std::begin(months), std::end(months), [w](QStringView m) { return w == m; });
}

// Does an output line start at token k (k > a)?
bool outputLineStart(const StructureTokens &tokens, qsizetype k)
{
    const StructureToken &t = tokens[k];
    const StructureToken &p = tokens[k - 1];
    const QStringView w = t.text;
    const int evidence = outputEvidence(tokens, k);
    if (StructureRegions::isRuler(p.text) && !(is(w, u"RUN") || is(w, u"PASS:") || is(w, u"FAIL:")))
        return true; // a ruler stands on its own line
    if (StructureRegions::isRuler(w) || (begins(w, u"==") && w.size() > 2 && w[2].isDigit()))
        return true;
    if (is(w, u"$") || is(w, u"-->") || is(w, u"Traceback") || (evidence && ends(w, u"=#")))
        return true;
    if (w.size() >= 2 && w.size() <= 3 && w[0] == u'#' && w[1].isDigit())
        return true; // a stack frame
    if (evidence && w.size() == 10 && w[4] == u'-' && w[0].isDigit())
        return true; // a date opens a log line
    if (month(w) && k + 2 < tokens.size() && tokens[k + 1].text.size() <= 2 &&
        tokens[k + 1].text.front().isDigit())
        return true; // "Mar 03 10:12:43": syslog's date
    if (w.startsWith(u'(') && w.size() > 1 && w[1].isDigit() && k + 1 < tokens.size() &&
        (is(tokens[k + 1].text, u"rows)") || is(tokens[k + 1].text, u"row)")))
        return true;
    // A plan's node opens a line at its arrow, and so does a label after a node's figures or
    // a value ("... loops=1) Index Cond: (id = 42)", "Workers Planned: 2 Workers Launched: 2",
    // "0.187 ms Execution Time: 0.082 ms", "loops=3) Filter: ((o.status = ...").
    if (is(w, u"->") && k + 1 < tokens.size() && tokens[k + 1].upper && tokens[k + 1].alpha &&
        !tokens[k + 1].endsColon)
        return true; // (a log's "-> query 412ms" goes on, and a return type "-> User:")
    if (labelAfterValue(tokens, k) >= 0)
        return true;
    // Not inside a label of words that opened its line so ("Execution Time:", "Rows Removed
    // by Filter:").
    const auto labelGoesOn = [&tokens, k] {
        for (qsizetype m = k - 1; m >= 0 && m >= k - 3; --m) {
            const StructureToken &word = tokens[m];
            if (!word.alpha || word.endsSentence || word.endsComma || word.endsColon)
                return false;
            if (word.upper && (m == 0 || afterValue(tokens, m)))
                return true;
        }
        return false;
    };
    if (t.endsColon && (t.allCaps || (t.upper && evidence)) && !p.endsColon && !labelGoesOn() &&
        !StructureRegions::isRuler(p.text))
        return true; // "ERROR:", "HINT:", "Loaded:", "Time:" (not "--- PASS:")
    if (is(w, u"LINE") && k + 1 < tokens.size() && tokens[k + 1].text.front().isDigit())
        return true;
    if ((is(w, u"PASS") || is(w, u"FAIL") || is(w, u"ok")) && !StructureRegions::isRuler(p.text) &&
        !p.endsColon)
        return true;
    if (t.endsColon && evidence == 2 && w.contains(u'.'))
        return true; // "slug_test.go:31:" opens a test's message
    if (!w.isEmpty() && boxDrawing(w[0]) && (p.text.isEmpty() || !boxDrawing(p.text.front())))
        return true; // a tree's branch, "├── README.md", or a boxed message's line
    return commitHash(w) && !commitHash(p.text); // "88e01d5 Add filter model", git log's lines
}

} // namespace

bool StructureRegions::isRuler(QStringView w)
{
    return w.size() >= 3 && std::all_of(w.begin(), w.end(), [](QChar c) {
               return c == u'-' || c == u'=' || c == u'+';
           });
}

QString StructureRegions::outputText(QStringView line, const StructureTokens &tokens, qsizetype a,
                                     qsizetype b)
{
    QString out;
    for (qsizetype k = a; k < b; ++k) {
        if (k > a)
            out += outputLineStart(tokens, k) ? u'\n' : u' ';
        out += line.sliced(tokens[k].start, tokens[k].end - tokens[k].start);
    }
    return out;
}

bool StructureRegions::tableEndsAt(qsizetype i, const StructureTokens &tokens) const
{
    if (!capitalised(tokens[i]))
        return false; // a heading after a table opens with a capital
    for (const StructureRegion &r : m_regions)
        if (r.kind == StructureRegion::Kind::Table && r.end == i)
            return true;
    return false;
}

float StructureRegions::headingEvidence(qsizetype a, qsizetype k) const
{
    for (const StructureRegion &r : m_regions)
        if (r.lead == a && r.start == k)
            return 2.0f;
    return 0.0f;
}

bool StructureRegions::allowsHeading(qsizetype a, qsizetype k) const
{
    for (const StructureRegion &r : m_regions)
        if ((a < r.end && k > r.start) || (r.endsAtSentence && a == r.end))
            return false;
    return true;
}

} // namespace Lectern
