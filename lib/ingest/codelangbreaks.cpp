#include "ingest/codelangbreaks.h"

#include "ingest/linebreakmodel.h"
#include "ingest/structuretext.h"

#include <QList>
#include <QSet>
#include <algorithm>
#include <array>
#include <vector>

using namespace Qt::StringLiterals;

namespace Lectern {

namespace {

using L = CodeLanguage;

// What encloses a token: nothing, a bracket, a block brace or a literal brace.
enum Inner : char
{
    Top = 0,
    Paren = '(',
    Bracket = '[',
    Block = 'b',
    Literal = 'l'
};

struct Tok
{
    QStringView text;
    bool inString = false;  // starts inside a string literal that spans tokens
    bool inComment = false; // part of a comment
    Inner inner = Top;      // innermost open bracket before the token
    bool brackets = false;  // holds a quote or a bracket (scanBrackets() reads no other token)
    int blocks = 0;         // open block braces before the token (indentation)
};

// The ASCII characters scanBrackets() reacts to: [ \ ] " ` ( ) { }
constexpr quint64 bracketChars[2] = {
    (quint64(1) << '"') | (quint64(1) << '(') | (quint64(1) << ')'),
    (quint64(1) << ('[' - 64)) | (quint64(1) << ('\\' - 64)) | (quint64(1) << (']' - 64)) |
        (quint64(1) << ('`' - 64)) | (quint64(1) << ('{' - 64)) | (quint64(1) << ('}' - 64))};
constexpr bool isBracketChar(char16_t u)
{
    return u < 128 && (bracketChars[u >> 6] & (quint64(1) << (u & 63)));
}

// Is t one of the words? Their lengths are known here: most tokens are ruled out by their
// length alone, without a character compared.
template<qsizetype... N> bool inList(QStringView t, const char16_t (&...words)[N])
{
    return (is(t, words) || ...);
}

// A fixed list of words for the membership tests made at every token boundary: most tokens
// are ruled out by their length and first character (two bit tests) before any comparison,
// and the rest are compared with the words of their length only.
class WordList
{
public:
    WordList(std::initializer_list<const char16_t *> words)
    {
        for (const char16_t *w : words) {
            const QStringView word(w);
            m_byLength[size_t(word.size())].push_back(word); // (every word is shorter than 64)
            m_lengths |= quint64(1) << word.size();
            m_firsts |= quint64(1) << (word[0].unicode() & 63);
        }
    }
    bool contains(QStringView t) const
    {
        if (t.isEmpty() || t.size() >= 64 || !((m_lengths >> t.size()) & 1) ||
            !((m_firsts >> (t[0].unicode() & 63)) & 1))
            return false;
        for (const QStringView w : m_byLength[size_t(t.size())])
            if (std::equal(t.begin(), t.end(), w.begin()))
                return true;
        return false;
    }

private:
    std::array<std::vector<QStringView>, 64> m_byLength;
    quint64 m_lengths = 0; // bit n: a word of n characters
    quint64 m_firsts = 0;  // bit n: a word whose first character is n modulo 64
};

bool isIdentifier(QStringView t)
{
    if (t.isEmpty() || !(t[0].isLetter() || t[0] == u'_'))
        return false;
    for (const QChar c : t)
        if (!(c.isLetterOrNumber() || c == u'_' || c == u'.'))
            return false;
    return true;
}

bool braceLanguage(L l)
{
    switch (l) {
    case L::Go:
    case L::Rust:
    case L::C:
    case L::Cpp:
    case L::JavaScript:
    case L::TypeScript:
    case L::Css:
    case L::Nginx:
    case L::Terraform:
        return true;
    default:
        return false;
    }
}

bool isCommentMarker(L l, QStringView t)
{
    switch (l) {
    case L::Go:
    case L::Rust:
    case L::C:
    case L::Cpp:
    case L::JavaScript:
    case L::TypeScript:
        return is(t, u"//") || is(t, u"/*") || is(t, u"///");
    case L::Sql:
        return is(t, u"--");
    case L::Css:
        return is(t, u"/*");
    case L::Html:
    case L::Json:
    case L::Http:
    case L::PlainText:
        return false;
    case L::Ini:
        return is(t, u"#") || is(t, u";");
    case L::Terraform:
        return is(t, u"#") || is(t, u"//") || is(t, u"/*");
    case L::Lua:
        return is(t, u"--") || begins(t, u"--[[");
    default:
        return is(t, u"#") || is(t, u"##");
    }
}

const QStringView dockerInstructions[] = {
    u"FROM",       u"RUN", u"COPY",        u"WORKDIR", u"ENV", u"CMD",    u"EXPOSE", u"USER",
    u"ENTRYPOINT", u"ARG", u"HEALTHCHECK", u"LABEL",   u"ADD", u"VOLUME", u"SHELL",  u"STOPSIGNAL"};

bool isDockerInstruction(QStringView t)
{
    for (const QStringView d : dockerInstructions)
        if (t == d)
            return true;
    return false;
}

bool statementKeyword(L l, QStringView t)
{
    switch (l) {
    case L::Go: {
        static const WordList go = {u"go",     u"defer",   u"return",      u"if",    u"for",
                                    u"switch", u"select",  u"var",         u"const", u"type",
                                    u"func",   u"case",    u"default:",    u"break", u"continue",
                                    u"import", u"package", u"fallthrough", u"goto"};
        return go.contains(t);
    }
    case L::Rust: {
        static const WordList rust = {
            u"let",   u"fn",    u"pub",    u"use",   u"impl", u"struct", u"enum",
            u"match", u"if",    u"for",    u"while", u"loop", u"return", u"mod",
            u"async", u"const", u"static", u"trait", u"type", u"break",  u"continue"};
        return rust.contains(t) || begins(t, u"#[");
    }
    case L::Python: {
        static const WordList python = {u"def",    u"class",    u"return", u"if",       u"elif",
                                        u"else:",  u"for",      u"while",  u"with",     u"try:",
                                        u"except", u"finally:", u"import", u"from",     u"raise",
                                        u"yield",  u"pass",     u"break",  u"continue", u"async",
                                        u"assert", u"del",      u"global", u"nonlocal"};
        return python.contains(t) || begins(t, u"except:") ||
               (t.startsWith(u'@') && t.size() > 1 && t[1].isLetter());
    }
    case L::JavaScript:
    case L::TypeScript: {
        static const WordList script = {
            u"const", u"let",       u"var",    u"function", u"return", u"if",
            u"for",   u"while",     u"import", u"export",   u"class",  u"try",
            u"throw", u"switch",    u"case",   u"default:", u"async",  u"await",
            u"type",  u"interface", u"break",  u"continue", u"static"};
        return script.contains(t);
    }
    case L::C:
    case L::Cpp: {
        static const WordList c = {u"return",    u"if",       u"for",      u"while",    u"switch",
                                   u"case",      u"default:", u"break",    u"continue", u"int",
                                   u"char",      u"void",     u"struct",   u"static",   u"typedef",
                                   u"const",     u"auto",     u"template", u"class",    u"using",
                                   u"namespace", u"unsigned", u"size_t",   u"ssize_t",  u"double",
                                   u"float",     u"bool",     u"long",     u"do",       u"goto"};
        return c.contains(t) || begins(t, u"std::") || begins(t, u"#include") ||
               begins(t, u"#define");
    }
    case L::Terraform: { // the top-level block types
        static const WordList terraform = {u"resource", u"data",     u"variable",  u"output",
                                           u"module",   u"provider", u"terraform", u"moved",
                                           u"import",   u"locals",   u"removed",   u"check"};
        return terraform.contains(t);
    }
    case L::Lua: {
        static const WordList lua = {u"local", u"function", u"return", u"if",    u"for",
                                     u"while", u"repeat",   u"end",    u"break", u"goto"};
        return lua.contains(t);
    }
    default:
        return false;
    }
}

// Heads of statements whose header may contain what looks like a new statement
// ("var x T = v", "for i := 0; i < n; i++ {", "from x import y").
bool longHead(L l, QStringView head)
{
    static const WordList python = {u"from",  u"import", u"def",   u"class",  u"for",    u"if",
                                    u"elif",  u"while",  u"with",  u"return", u"lambda", u"assert",
                                    u"async", u"raise",  u"yield", u"except"};
    static const WordList others = {
        u"var",       u"const",    u"let",    u"type",   u"for",    u"if",     u"switch", u"while",
        u"case",      u"select",   u"else",   u"return", u"static", u"pub",    u"fn",     u"func",
        u"impl",      u"template", u"struct", u"enum",   u"export", u"import", u"use",    u"class",
        u"interface", u"function", u"async",  u"match",  u"using",  u"typedef"};
    return (l == L::Python ? python : others).contains(head);
}

// Heads whose header may hold keywords of its own ("for _, x := range", "if err := f()").
bool clauseHead(QStringView head)
{
    static const WordList heads = {u"for",  u"if",     u"switch",  u"while", u"select",
                                   u"case", u"return", u"match",   u"else",  u"func",
                                   u"fn",   u"def",    u"function"};
    return heads.contains(head);
}

// Go's statements whose header holds semicolons of its own.
bool isGoClause(QStringView head)
{
    return is(head, u"for") || is(head, u"if") || is(head, u"switch");
}

// Does the token end an expression or statement (so a new statement may follow)?
bool endsExpression(QStringView t)
{
    if (t.isEmpty())
        return false;
    const QChar c = t.back();
    if (c.isLetterOrNumber() || c == u'_' || c == u')' || c == u']' || c == u'}' || c == u'"' ||
        c == u'\'' || c == u'`' || c == u';' || c == u'?') {
        static const WordList continuing = {
            u"return",  u"if",     u"for",    u"while",  u"else",  u"in",    u"and",
            u"or",      u"not",    u"import", u"from",   u"go",    u"defer", u"var",
            u"let",     u"const",  u"await",  u"async",  u"new",   u"case",  u"func",
            u"def",     u"class",  u"type",   u"struct", u"fn",    u"pub",   u"mut",
            u"static",  u"int",    u"as",     u"with",   u"yield", u"raise", u"is",
            u"select",  u"match",  u"where",  u"impl",   u"use",   u"enum",  u"interface",
            u"package", u"export", u"typeof", u"throw",  u"char",  u"void",  u"unsigned",
            u"auto"};
        return !continuing.contains(t);
    }
    return false;
}

// "x := ...", "x, err := ...", "x = ...", "foo(...)", "obj.method(...)", "i++".
bool startsAssignmentOrCall(const QList<Tok> &toks, qsizetype i)
{
    const QStringView t = toks[i].text;
    if (t.isEmpty())
        return false;
    qsizetype k = i;
    while (k < toks.size() && toks[k].text.endsWith(u',') && k - i < 4 &&
           (isIdentifier(toks[k].text.chopped(1)) || is(toks[k].text, u"_,")))
        ++k;
    if (k + 1 < toks.size() && k > i) {
        if (inList(toks[k + 1].text, u":=", u"="))
            return isIdentifier(toks[k].text) || is(toks[k].text, u"_");
    }
    if (i + 1 < toks.size()) {
        const QStringView n = toks[i + 1].text;
        if (inList(n, u":=", u"=", u"+=", u"-=", u"<-", u"*=", u"|=", u"++", u"--", u"/=") &&
            (isIdentifier(t) || t.endsWith(u']') ||
             (t.startsWith(u'*') && isIdentifier(t.sliced(1)))))
            return true;
    }
    const qsizetype paren = findIn(t, u'(');
    if (paren > 0 && isIdentifier(t.first(paren)))
        return true;
    if ((ends(t, u"++") || ends(t, u"--")) && t.size() > 2)
        return isIdentifier(t.chopped(2));
    return false;
}

bool isShellCommand(QStringView t)
{
    // The command names, with the lengths and first characters they have: most tokens are
    // ruled out by those two bit tests before the set hashes them.
    struct Commands
    {
        QSet<QStringView> names;
        quint64 lengths = 0; // bit n: a name of n characters
        quint64 firsts = 0;  // bit n: a name whose first character is n modulo 64
    };
    static const Commands commands = [] {
        Commands c;
        QSet<QStringView> &set = c.names;
        for (const char16_t *w : {u"sudo",
                                  u"apt",
                                  u"apt-get",
                                  u"pip",
                                  u"pip3",
                                  u"uv",
                                  u"npm",
                                  u"npx",
                                  u"yarn",
                                  u"pnpm",
                                  u"cargo",
                                  u"rustup",
                                  u"gcc",
                                  u"g++",
                                  u"cc",
                                  u"make",
                                  u"git",
                                  u"docker",
                                  u"kubectl",
                                  u"helm",
                                  u"terraform",
                                  u"ssh",
                                  u"curl",
                                  u"wget",
                                  u"cd",
                                  u"cp",
                                  u"mv",
                                  u"rm",
                                  u"mkdir",
                                  u"touch",
                                  u"cat",
                                  u"echo",
                                  u"chmod",
                                  u"chown",
                                  u"ln",
                                  u"export",
                                  u"source",
                                  u"systemctl",
                                  u"journalctl",
                                  u"ufw",
                                  u"useradd",
                                  u"usermod",
                                  u"psql",
                                  u"pg_dump",
                                  u"pg_restore",
                                  u"pg_basebackup",
                                  u"createdb",
                                  u"redis-cli",
                                  u"sqlite3",
                                  u"go",
                                  u"python",
                                  u"python3",
                                  u"node",
                                  u"pytest",
                                  u"ruff",
                                  u"mypy",
                                  u"poetry",
                                  u"brew",
                                  u"dnf",
                                  u"yum",
                                  u"ls",
                                  u"tar",
                                  u"unzip",
                                  u"openssl",
                                  u"certbot",
                                  u"nginx",
                                  u"gunicorn",
                                  u"uvicorn",
                                  u"celery",
                                  u"shellcheck",
                                  u"promtool",
                                  u"yamllint",
                                  u"pre-commit",
                                  u"act",
                                  u"arq",
                                  u"systemd-analyze",
                                  u"tree",
                                  u"grep",
                                  u"find",
                                  u"jq",
                                  u"tox",
                                  u"rustc",
                                  u"nc",
                                  u"printf",
                                  u"deno",
                                  u"bun",
                                  u"kind",
                                  u"trap",
                                  u"set",
                                  u"for",
                                  u"if",
                                  u"while",
                                  u"case",
                                  u"exit",
                                  u"local",
                                  u"sed",
                                  u"awk",
                                  u"xargs",
                                  u"gh",
                                  u"aws",
                                  u"kill",
                                  u"ps",
                                  u"df",
                                  u"du",
                                  u"env",
                                  u"flask",
                                  u"django-admin",
                                  u"su",
                                  u"fail2ban-client",
                                  u"timedatectl",
                                  u"ssh-keygen",
                                  u"ssh-copy-id",
                                  u"minikube",
                                  u"kustomize",
                                  u"argocd",
                                  u"flyctl",
                                  u"tail",
                                  u"head",
                                  u"wc",
                                  u"sort",
                                  u"less",
                                  u"watch",
                                  u"time",
                                  u"source",
                                  u"alias",
                                  u"unset"})
            set.insert(QStringView(w));
        for (const QStringView name : set) {
            c.lengths |= quint64(1) << name.size(); // (every name is shorter than 64)
            c.firsts |= quint64(1) << (name[0].unicode() & 63);
        }
        return c;
    }();
    const bool named = !t.isEmpty() && t.size() < 64 && ((commands.lengths >> t.size()) & 1) &&
                       ((commands.firsts >> (t[0].unicode() & 63)) & 1) &&
                       commands.names.contains(t);
    return named || begins(t, u"./") ||
           (holds(t, u'=') && !t.startsWith(u'-') && t.size() > 2 && t[0].isUpper() &&
            isIdentifier(t.first(findIn(t, u'='))));
}

// Make: a variable's assignment, "NAME := value" (the operator its own token) or "NAME:=value".
bool isMakeAssignment(QStringView t, QStringView next)
{
    const auto isName = [](QStringView name) {
        return isIdentifier(name) ||
               (name.size() > 1 && name[0] == u'.' && isIdentifier(name.sliced(1)));
    };
    if (inList(next, u"=", u":=", u"::=", u"?=", u"+=", u"!="))
        return isName(t);
    for (const QStringView op : {QStringView(u":="), QStringView(u"?="), QStringView(u"+=")}) {
        const qsizetype k = t.indexOf(op);
        if (k > 0)
            return isName(t.first(k));
    }
    return false;
}

// Make: a rule's target, "app:", "$(BUILD)/%.o:", ".PHONY:" (not a URL or an option).
bool isMakeTarget(QStringView t)
{
    if (t.size() < 2 || !t.endsWith(u':') || holds(t, u"://"))
        return false;
    const QChar c = t[0];
    return c.isLetterOrNumber() || c == u'$' || c == u'.' || c == u'%' || c == u'_' || c == u'/';
}

// Make: the directives that stand at the start of a line ("else" and "endif" only inside a
// conditional, where a recipe's shell has its own).
bool isMakeDirective(QStringView t, bool inConditional)
{
    static const WordList directives = {
        u"include", u"-include", u"sinclude", u"export", u"unexport", u"override", u"ifeq",
        u"ifneq",   u"ifdef",    u"ifndef",   u"define", u"endef",    u"vpath"};
    return directives.contains(t) || (inConditional && inList(t, u"else", u"endif"));
}

// Make: a recipe's command, "@echo", "-rm", "$(CC)", "$(VENV)/bin/pip", or a shell command.
bool startsMakeCommand(QStringView t)
{
    static const WordList tools = {
        u"$(CC)",      u"$(CXX)",       u"$(LD)",      u"$(AR)",     u"$(MAKE)",    u"$(GO)",
        u"$(RM)",      u"$(DOCKER)",    u"$(PYTHON)",  u"$(PIP)",    u"$(CARGO)",   u"$(NPM)",
        u"$(INSTALL)", u"$(MKDIR)",     u"$(MKDIR_P)", u"$(TF)",     u"$(KUBECTL)", u"$(HELM)",
        u"$(PANDOC)",  u"$(TERRAFORM)", u"$(GOBUILD)", u"$(GOTEST)", u"${CC}",      u"${MAKE}"};
    if (t.size() > 1 && t[0] == u'@')
        return t[1].isLetter() || t[1] == u'$' || t[1] == u'.';
    if (t.size() > 1 && t[0] == u'-' && isShellCommand(t.sliced(1)))
        return true;
    return tools.contains(t) || (t.startsWith(u"$(") && holds(t, u"/bin/")) || isShellCommand(t);
}

// Make: what a line is, from its first token: a rule's first line (its recipe follows), a line
// that ends any recipe (an assignment, a directive, a special target, a comment), or other (a
// recipe line when a rule is open).
enum class MakeLine
{
    Rule,
    NoRecipe,
    Other
};
// The rule state after a line of that kind starts: 1 on a rule's first line, 2 in its recipe,
// 0 outside any rule.
int makeRuleAfter(int rule, MakeLine kind)
{
    return kind == MakeLine::Rule ? 1 : kind == MakeLine::NoRecipe ? 0 : rule ? 2 : 0;
}
MakeLine makeLine(const QList<Tok> &toks, qsizetype i, bool inConditional)
{
    const QStringView t = toks[i].text;
    const QStringView next = i + 1 < toks.size() ? toks[i + 1].text : QStringView();
    if (toks[i].inComment || isMakeAssignment(t, next) || isMakeDirective(t, inConditional))
        return MakeLine::NoRecipe;
    if (isMakeTarget(t))
        return t[0] == u'.' && t.size() > 1 && t[1].isUpper() ? MakeLine::NoRecipe : MakeLine::Rule;
    return MakeLine::Other;
}

// A config's directive and its value at token i (directivePair(); no command's name). In a
// block known to be a config, a capitalised word names one too: ssh_config's "Host bastion",
// "User admin", "Port 2222".
int directiveAt(const QList<Tok> &toks, qsizetype i)
{
    if (i < 0 || i + 1 >= toks.size())
        return 0;
    const QStringView name = toks[i].text;
    if (isShellCommand(name)) // "systemctl kill", "cat /etc/hosts"
        return 0;
    const QStringView value = toks[i + 1].text;
    if (const int pair =
            directivePair(name, value, i + 2 < toks.size() ? toks[i + 2].text : QStringView()))
        return pair;
    const bool capitalised =
        name.size() >= 3 && name[0].isUpper() &&
        std::all_of(name.begin() + 1, name.end(), [](QChar c) { return c.isLower(); });
    return capitalised && !value.isEmpty() && !value.endsWith(u':') && !value.endsWith(u',') &&
                   (value[0].isLetterOrNumber() || value[0] == u'/' || value[0] == u'~' ||
                    is(value, u"*"))
               ? 1
               : 0;
}

// Does a directive line start at token i ("... keys maxmemory 12gb maxmemory-policy ...")? A
// directive that a word names ("timeout 300", "Host bastion") only before another one, a
// comment or the end: "# keep 7 days of logs" goes on; a compound or run-together name
// ("tcp-keepalive", "PermitRootLogin") or a switch for a value on its own.
bool directiveStarts(const QList<Tok> &toks, qsizetype i)
{
    const int pair = directiveAt(toks, i);
    if (!pair)
        return false;
    const QStringView name = toks[i].text;
    const bool runTogether = name[0].isUpper() && std::any_of(name.begin() + 1, name.end(),
                                                              [](QChar c) { return c.isUpper(); });
    return pair == 2 || runTogether || holds(name, u'-') || holds(name, u'_') ||
           i + 2 >= toks.size() || directiveAt(toks, i + 2) || is(toks[i + 2].text, u"#");
}

// Per token: does a directive line start there, right after the last directive's value or
// values ("bind 10.0.3.21 127.0.0.1 protected-mode yes")? Read left to right, as a value may
// look like a name itself ("maxmemory-policy volatile-lru maxmemory-samples 10").
std::vector<bool> directiveLines(const QList<Tok> &toks)
{
    const qsizetype n = toks.size();
    std::vector<bool> line(size_t(n), false);
    qsizetype end = -1; // where the last directive's values ended
    for (qsizetype i = 0; i + 1 < n;) {
        if (toks[i].inComment || !directiveAt(toks, i)) {
            ++i;
            continue;
        }
        line[size_t(i)] = end == i && directiveStarts(toks, i);
        // (Further values: "10.0.3.21 127.0.0.1", "Host app1 app2 app3".)
        qsizetype k = i + 2;
        while (k < n && k - i <= 5 && !toks[k].inComment && !directiveAt(toks, k))
            ++k;
        end = k;
        i = k;
    }
    return line;
}

// A comment ran to the end of its line: code resumes at the first token that clearly starts
// a statement again.
bool resumesCode(L l, const QList<Tok> &toks, qsizetype i)
{
    const QStringView t = toks[i].text;
    const QStringView next = i + 1 < toks.size() ? toks[i + 1].text : QStringView();
    switch (l) {
    case L::Bash:
        return isShellCommand(t) && !next.isEmpty() &&
               (next.startsWith(u'-') || next.startsWith(u'/') || next.startsWith(u'.') ||
                inList(t, u"sudo", u"docker", u"git", u"kubectl", u"cd", u"export", u"helm", u"npm",
                       u"cargo", u"uv", u"pip", u"curl", u"systemctl", u"go", u"journalctl",
                       u"redis-cli", u"psql", u"pg_dump", u"apt"));
    case L::Yaml:
        return (t.endsWith(u':') && t.size() > 2 &&
                isIdentifier(t.chopped(1).toString().remove(u'-')) && t[0].isLower()) ||
               (is(t, u"-") && next.endsWith(u':'));
    case L::Dockerfile:
        return isDockerInstruction(t);
    case L::Toml:
    case L::Ini:
        return (t.startsWith(u'[') && t.endsWith(u']')) || is(next, u"=") ||
               (holds(t, u'=') && t[0].isUpper() && isIdentifier(t.first(findIn(t, u'=')))) ||
               (l == L::Ini && directiveStarts(toks, i));
    case L::Sql:
        return inList(t, u"SELECT", u"CREATE", u"INSERT", u"UPDATE", u"DELETE", u"ALTER", u"DROP",
                      u"WITH", u"BEGIN", u"EXPLAIN", u"COMMIT");
    case L::Makefile:
        return isMakeAssignment(t, next) || isMakeDirective(t, false) ||
               (isMakeTarget(t) &&
                (holds(t, u'$') || holds(t, u'/') || holds(t, u'%') || holds(t, u'.'))) ||
               (t.size() > 1 && t[0] == u'@' && t[1].isLetter()) ||
               (startsMakeCommand(t) && !next.isEmpty() && !isShellCommand(t)) ||
               resumesCode(L::Bash, toks, i);
    case L::Lua:
        if (is(t, u"local"))
            return is(next, u"function") || (i + 2 < toks.size() && is(toks[i + 2].text, u"="));
        break;
    case L::Terraform:
        return t.startsWith(u'}') || (isIdentifier(t) && (is(next, u"=") || is(next, u"{"))) ||
               (statementKeyword(l, t) && next.startsWith(u'"'));
    case L::Nginx:
    case L::Css:
        return t.startsWith(u'}') || (is(next, u"{")) ||
               (next.endsWith(u';') && isIdentifier(t.toString().remove(u'-')));
    default:
        break;
    }
    if (t.startsWith(u'}') || t.startsWith(u')') || is(t, u"{"))
        return braceLanguage(l);
    if (statementKeyword(l, t) && !next.isEmpty() &&
        (holds(next, u'(') || holds(next, u'{') || holds(next, u':') || holds(next, u'=') ||
         holds(next, u'"') || holds(next, u'.') || holds(next, u'[') || holds(next, u'*') ||
         holds(next, u'_') || is(next, u":=")) &&
        !(next.size() > 1 && next[0].isLower() && next.back() == u'.'))
        return true;
    return startsAssignmentOrCall(toks, i) &&
           (holds(t, u'(') || holds(t, u'.') || holds(t, u'_') || next.startsWith(u':') ||
            is(next, u"=") || is(next, u"<-") || t.endsWith(u','));
}

// literalDepth: a literal's braces count as a block's do (for Terraform, whose maps are
// written one entry per line, indented).
void scanBrackets(QList<Tok> &toks, bool literalDepth)
{
    // A plain pointer and a stack this thread reuses: QList's accessors check for sharing on
    // every call, and this runs twice per block.
    thread_local std::vector<char> stack;
    stack.clear();
    Tok *const all = toks.data();
    bool inString = false;
    bool inBacktick = false;
    int blocks = 0;
    for (qsizetype i = 0; i < toks.size(); ++i) {
        Tok &t = all[i];
        t.inString = inString || inBacktick;
        t.inner = stack.empty() ? Top : Inner(stack.back());
        t.blocks = blocks;
        if (t.inComment || !t.brackets)
            continue;
        QChar previous;
        const QStringView s = t.text;
        for (qsizetype k = 0; k < s.size(); ++k) {
            const QChar c = s[k];
            // Most characters are none of the quotes and brackets below: one bit test for them.
            const char16_t u = c.unicode();
            if (!isBracketChar(u)) {
                previous = c;
                continue;
            }
            if (c == u'"' && previous != u'\\' && !inBacktick)
                inString = !inString;
            else if (c == u'`' && !inString)
                inBacktick = !inBacktick;
            else if (!inString && !inBacktick) {
                if (c == u'(' || c == u'[') {
                    stack.push_back(char(c.unicode()));
                } else if (c == u'{') {
                    // "Type{", "[]T{", "= {", "({": a literal; otherwise a block.
                    const QChar before = k > 0 ? s[k - 1] : QChar();
                    bool literal = before.isLetterOrNumber() || before == u']' || before == u'(' ||
                                   before == u'_' || before == u'$';
                    if (k == 0 && i > 0) {
                        const QStringView p = all[i - 1].text;
                        literal = inList(p, u"=", u":=", u"return", u"(", u",", u"=>") ||
                                  p.endsWith(u'(') || p.endsWith(u',') || p.endsWith(u':') ||
                                  p.endsWith(u'[');
                        if (is(p, u"=>") || p.endsWith(u')'))
                            literal = false;
                    }
                    stack.push_back(literal ? char(Literal) : char(Block));
                    blocks += !literal || literalDepth;
                } else if ((c == u')' || c == u']' || c == u'}') && !stack.empty()) {
                    const char top = stack.back();
                    stack.pop_back();
                    if (top == Block || (top == Literal && literalDepth))
                        --blocks;
                }
            }
            previous = c;
        }
    }
}

// Does t hold the word ("function" in "pcall(function()")?
bool holdsWord(QStringView t, QStringView word)
{
    for (qsizetype k = t.indexOf(word); k >= 0; k = t.indexOf(word, k + 1)) {
        const qsizetype end = k + word.size();
        if ((k == 0 || !(t[k - 1].isLetterOrNumber() || t[k - 1] == u'_')) &&
            (end == t.size() || !(t[end].isLetterOrNumber() || t[end] == u'_')))
            return true;
    }
    return false;
}

// What a map or table literal whose first token is toks[i] holds at its own level, up to its
// closing brace: keyed entries ("name = ..."), a comma after an entry, a function or a literal
// of its own.
struct LiteralShape
{
    int keyed = 0;
    bool commas = false;
    bool nested = false;
};
LiteralShape literalShape(const QList<Tok> &toks, qsizetype i)
{
    LiteralShape shape;
    int depth = 0; // brackets inside the literal
    for (qsizetype k = i; k < toks.size() && depth >= 0; ++k) {
        const Tok &e = toks[k];
        if (e.inString || e.inComment)
            continue;
        if (depth == 0 && k + 1 < toks.size() && is(toks[k + 1].text, u"="))
            ++shape.keyed;
        if (depth == 0 && (holdsWord(e.text, u"function") || e.text.startsWith(u'{')))
            shape.nested = true;
        for (const QChar c : e.text)
            depth += c == u'{' || c == u'(' || c == u'['   ? 1
                     : c == u'}' || c == u')' || c == u']' ? -1
                                                           : 0;
        shape.commas = shape.commas || (depth == 0 && e.text.endsWith(u','));
    }
    return shape;
}

// Lua: "if not ok then return nil, err end" stays on one line: a body of one short "return",
// "error(...)" or "break" between "then" and "end". `i` is the body's first token, or with
// `atEnd` its "end".
bool luaShortBody(const QList<Tok> &toks, qsizetype i, bool atEnd = false)
{
    qsizetype first = i;
    if (atEnd) {
        first = -1;
        for (qsizetype k = i - 1; k >= 0 && k >= i - 11; --k)
            if (is(toks[k].text, u"then") && !toks[k].inString && !toks[k].inComment) {
                first = k + 1;
                break;
            }
        if (first < 0 || first >= i)
            return false;
    }
    const QStringView t = toks[first].text;
    if (!(is(t, u"return") || is(t, u"break") || begins(t, u"error(")))
        return false;
    for (qsizetype k = first + 1; k < toks.size() && k <= first + 10; ++k)
        if (is(toks[k].text, u"end") && !toks[k].inString)
            return !atEnd || k == i;
    return false;
}

// Lua's blocks are words: "function", "then", "do" and "repeat" open one, "end" and "until"
// close it ("else" and "elseif" both). They nest with brackets: the body of a function passed
// as an argument ("pcall(function() ... end)") is a block inside a bracket, where statements
// stand on lines of their own again. Sets each token's block depth and what encloses it from
// one stack of both; a closing word stands at its block's depth.
void scanLuaBlocks(QList<Tok> &toks)
{
    thread_local std::vector<char> stack;
    stack.clear();
    int blocks = 0;
    // The depth counts tables as well (written one entry per line, their entries indented).
    const auto open = [&](char c) {
        stack.push_back(c);
        blocks += c == Block || c == Literal;
    };
    const auto close = [&] {
        blocks -= stack.back() == Block || stack.back() == Literal;
        stack.pop_back();
    };
    const auto closeBlock = [&] { // to the innermost block, with any brackets left open in it
        if (std::find(stack.begin(), stack.end(), char(Block)) == stack.end())
            return;
        while (stack.back() != Block)
            close();
        close();
    };
    QChar quote; // inside a string that began in an earlier token ('[' for [[ ... ]])
    for (Tok &t : toks) {
        const QStringView w = t.text;
        if (t.inComment)
            quote = QChar();
        const bool code = quote.isNull() && !t.inComment;
        t.inString = !quote.isNull(); // (Lua's strings: '...' and [[...]] as well)
        const auto word = [](QStringView s, qsizetype at, QStringView name) {
            const qsizetype end = at + name.size();
            return s.sliced(at).startsWith(name) &&
                   (at == 0 || !(s[at - 1].isLetterOrNumber() || s[at - 1] == u'_' ||
                                 s[at - 1] == u'.' || s[at - 1] == u':')) &&
                   (end == s.size() || !(s[end].isLetterOrNumber() || s[end] == u'_'));
        };
        const bool closes = code && (word(w, 0, u"end") || word(w, 0, u"until") ||
                                     word(w, 0, u"elseif") || word(w, 0, u"else"));
        if (closes)
            closeBlock();
        t.inner = stack.empty() ? Top : Inner(stack.back());
        t.blocks = blocks;
        if (t.inComment)
            continue;
        for (qsizetype k = 0; k < w.size(); ++k) {
            const QChar c = w[k];
            if (!quote.isNull()) {
                if (c == u'\\' && quote != u'[') {
                    ++k; // an escaped character, "\\" too
                    continue;
                }
                if (quote == u'[' ? c == u']' && k + 1 < w.size() && w[k + 1] == u']'
                                  : c == quote) {
                    k += quote == u'[';
                    quote = QChar();
                }
                continue;
            }
            if (c == u'"' || c == u'\'') {
                quote = c;
            } else if (c == u'[' && k + 1 < w.size() && w[k + 1] == u'[') {
                quote = u'[';
                ++k;
            } else if (c == u'(' || c == u'[' || c == u'{') {
                open(c == u'{' ? char(Literal) : char(c.unicode()));
            } else if (c == u')' || c == u']' || c == u'}') {
                if (!stack.empty() && stack.back() != Block)
                    close();
            } else if (c.isLetter() &&
                       (k == 0 || !(w[k - 1].isLetterOrNumber() || w[k - 1] == u'_'))) {
                if (k == 0 && closes) { // the closing word, done above ("else" reopens)
                    if (word(w, 0, u"else"))
                        open(Block);
                } else if (word(w, k, u"function") || word(w, k, u"then") || word(w, k, u"do") ||
                           word(w, k, u"repeat")) {
                    open(Block);
                } else if (word(w, k, u"end") || word(w, k, u"until")) {
                    closeBlock();
                }
            }
        }
    }
}

QList<Tok> analyse(QStringView code, L language)
{
    // The space-separated tokens, found in one scan into a buffer this thread reuses, so that
    // the list is allocated once at its size (counting the spaces first cost a second scan).
    // The same scan tells which tokens hold a quote or a bracket: the bracket scans below,
    // run once or twice per block, skip the others without a look at their characters.
    struct Word
    {
        QStringView text;
        bool brackets;
    };
    thread_local std::vector<Word> words;
    words.clear();
    const char16_t *const chars = reinterpret_cast<const char16_t *>(code.utf16());
    for (qsizetype i = 0, n = code.size(); i < n;) {
        qsizetype end = i;
        bool brackets = false;
        for (; end < n && chars[end] != u' '; ++end)
            brackets = brackets || isBracketChar(chars[end]);
        if (end > i)
            words.push_back({code.sliced(i, end - i), brackets});
        i = end + 1;
    }
    QList<Tok> toks(qsizetype(words.size()));
    for (qsizetype k = 0; k < toks.size(); ++k) {
        toks.data()[k].text = words[size_t(k)].text;
        toks.data()[k].brackets = words[size_t(k)].brackets;
    }
    // Comments first (they hide brackets and quotes), with a provisional bracket scan so that
    // markers inside strings do not count.
    const bool literalDepth = language == L::Terraform;
    scanBrackets(toks, literalDepth);
    bool inComment = false;
    bool anyComment = false;
    Tok *const all = toks.data(); // (QList's operator[] checks for sharing on every call)
    for (qsizetype i = 0; i < toks.size(); ++i) {
        Tok &t = all[i];
        if (!inComment && !t.inString && isCommentMarker(language, t.text)) {
            inComment = true;
        } else if (inComment && i > 0 && !isCommentMarker(language, t.text) &&
                   resumesCode(language, toks, i)) {
            inComment = false;
        }
        t.inComment = inComment;
        anyComment = anyComment || inComment;
        if (inComment && ends(t.text, u"*/"))
            inComment = false; // a block comment closes on its own
    }
    // Without comments the scan would find what it found already.
    if (anyComment)
        scanBrackets(toks, literalDepth);
    if (language == L::Lua)
        scanLuaBlocks(toks);
    return toks;
}

// "uv run mypy src/", "poetry run pytest", "npx prettier": a runner's verb or a runner itself
// names the command it runs next, on the same line.
bool runsNext(const QList<Tok> &toks, qsizetype commandStart, qsizetype i)
{
    const QStringView p = toks[i - 1].text;
    if (inList(p, u"npx", u"uvx", u"bunx", u"pnpx"))
        return true;
    if (i - 1 != commandStart + 1 || !inList(p, u"run", u"exec", u"dlx"))
        return false;
    return inList(toks[commandStart].text, u"uv", u"poetry", u"pipenv", u"pdm", u"hatch", u"rye",
                  u"pipx", u"npm", u"pnpm", u"yarn", u"bun");
}

// Does the command before token i name a program or a service as its argument there ("sudo
// systemctl restart ssh", "brew services start redis", "service nginx reload", "which docker",
// "pkill gunicorn")? The name is no new command then.
bool namesProgram(const QList<Tok> &toks, qsizetype commandStart, qsizetype i)
{
    const QStringView p = toks[i - 1].text;
    if (inList(p, u"which", u"man", u"whereis", u"pkill", u"killall", u"pgrep", u"service",
               u"rc-service"))
        return true;
    if (!inList(p, u"start", u"stop", u"restart", u"reload", u"enable", u"disable", u"status",
                u"mask", u"unmask", u"is-active", u"is-enabled", u"try-restart",
                u"reload-or-restart"))
        return false;
    // (Right after systemctl's verb, options aside: "service nginx reload" names it before.)
    qsizetype k = i - 2;
    while (k > commandStart && toks[k].text.startsWith(u'-'))
        --k;
    return k >= commandStart && inList(toks[k].text, u"systemctl", u"services");
}

QList<bool> shellBreaks(const QList<Tok> &toks)
{
    QList<bool> br(toks.size(), false);
    qsizetype commandStart = 0;
    for (qsizetype i = 1; i < toks.size(); ++i) {
        const Tok &pt = toks[i - 1];
        const Tok &tt = toks[i];
        const QStringView p = pt.text;
        const QStringView t = tt.text;
        bool b = false;
        if (pt.inComment && !tt.inComment)
            b = true;
        else if (tt.inString || tt.inComment)
            b = false;
        else if (is(p, u"\\") || is(p, u"then") || is(p, u"do") || ends(p, u";;") || is(p, u"{") ||
                 is(p, u"else"))
            b = true;
        else if (is(t, u"$") || inList(t, u"fi", u"done", u"esac", u"}", u"else", u"elif"))
            b = true;
        else if (!p.endsWith(u'|') && !is(p, u"&&") && !is(p, u"||") && !is(p, u"sudo") &&
                 !is(p, u"$") && !is(p, u"time") && !is(p, u"watch") && !is(p, u"xargs") &&
                 !is(p, u"env") && !is(p, u"exec") && !p.endsWith(u'=') && isShellCommand(t) &&
                 i - commandStart >= 2 && !runsNext(toks, commandStart, i) &&
                 !namesProgram(toks, commandStart, i)) {
            bool installing = false;
            for (qsizetype k = commandStart; k < i; ++k)
                installing = installing || inList(toks[k].text, u"install", u"add", u"remove");
            const bool optionValue = p.startsWith(u'-') && p.size() == 2 && !p[1].isDigit();
            // (The installing command named again opens the next one: "uv add --dev pre-commit
            // uv run pre-commit install".)
            const bool again = t == toks[commandStart].text && i + 1 < toks.size();
            b = is(t, u"sudo") || (!installing && !optionValue) || (again && !optionValue);
        } else if (is(t, u"#") && (p.endsWith(u';') || is(p, u"\\"))) {
            b = true;
        }
        if (b) {
            br[i - 1] = true;
            commandStart = i;
        }
    }
    return br;
}

} // namespace

// The rules' decisions, then the learned model's (useModel); `states` and `rules` give the
// trainer what the model sees.
static QString restore(QStringView code, CodeLanguage language, bool useModel,
                       QList<BreakToken> *states, QList<bool> *rules)
{
    const QList<Tok> toks = analyse(code, language);
    const qsizetype n = toks.size();
    if (n < 2)
        return code.toString();
    const bool braces = braceLanguage(language);
    QList<bool> br(n, false); // break after token i
    if (language == L::Bash)
        br = shellBreaks(toks);
    const std::vector<bool> directives =
        language == L::Ini ? directiveLines(toks) : std::vector<bool>();

    qsizetype head = 0;         // first token of the current output line
    bool headerOpen = true;     // still inside the head statement's header
    int caseLabel = 0;          // 1 while inside "case X:" label
    bool importList = false;    // inside Go's import ( ... )
    std::vector<bool> imported; // per token: a path of Go's import list (indented one level)
    // Make: a rule's first line is open (1) or its recipe (2); the target's token; inside
    // ifeq ... endif.
    int makeRule = 0;
    qsizetype makeTarget = -1;
    int makeConditional = 0;
    const auto startMakeLine = [&](qsizetype i) {
        const MakeLine kind = makeLine(toks, i, makeConditional > 0);
        makeRule = makeRuleAfter(makeRule, kind);
        if (kind == MakeLine::Rule)
            makeTarget = i;
    };
    if (language == L::Makefile)
        startMakeLine(0);
    // Terraform's maps and Lua's tables: whether each open one was broken after its "{" (its
    // "}" then is too).
    std::vector<bool> mapBroken;
    bool luaFunctionHeader = false; // a Lua function's parameters are still to end
    // A plain pointer: QList's operator[] checks for sharing on every call.
    bool *const brk = br.data();
    for (qsizetype i = 1; i < n; ++i) {
        const Tok &pt = toks[i - 1];
        const Tok &tt = toks[i];
        const QStringView p = pt.text;
        const QStringView t = tt.text;
        bool b = brk[i - 1];
        const bool leavingComment = pt.inComment && !tt.inComment;
        if (is(p, u"(") && i >= 2 && is(toks[i - 2].text, u"import"))
            importList = true;
        const bool quiet = tt.inString || tt.inComment;
        switch (language) {
        case L::Yaml: {
            if (leavingComment) {
                b = true;
                break;
            }
            if (quiet || tt.inner != Top)
                break;
            const bool key = t.endsWith(u':') && t.size() > 1 && !holds(t, u"://") &&
                             (t[0].isLetter() || t[0] == u'_' || t[0] == u'"');
            b = (key && !is(p, u"-")) || is(t, u"-") || is(t, u"#") ||
                inList(p, u"|", u">", u">-", u"|-");
            break;
        }
        case L::Toml:
        case L::Ini: {
            if (leavingComment) {
                b = true;
                break;
            }
            if (quiet && !isCommentMarker(language, t))
                break;
            if (tt.inner == Paren || tt.inner == Bracket)
                break;
            const bool section = t.startsWith(u'[') && t.endsWith(u']') && t.size() > 2;
            const bool keyValue = i + 1 < n && is(toks[i + 1].text, u"=") && !t.startsWith(u'-');
            const qsizetype eq = findIn(t, u'=');
            const bool packed = eq > 0 && isIdentifier(t.first(eq)) && t[0].isLetter();
            // "Name value" directives (sshd_config, redis.conf), one per line, after the last
            // one's value or values ("bind 10.0.3.21 127.0.0.1 protected-mode yes"); and a
            // logrotate stanza's directives, one per line inside its braces.
            const bool directive = !directives.empty() && directives[size_t(i)];
            const bool stanza = language == L::Ini && (is(p, u"{") || is(t, u"}") ||
                                                       (tt.blocks > 0 && logrotateDirective(t)));
            b = section || keyValue || packed || directive || stanza ||
                isCommentMarker(language, t);
            break;
        }
        case L::Dockerfile:
            if (is(p, u"\\") || leavingComment || is(t, u"#"))
                b = true;
            else if (!quiet && tt.inner == Top && isDockerInstruction(t) &&
                     !(is(t, u"CMD") && is(toks[head].text, u"HEALTHCHECK")))
                b = true;
            break;
        case L::Http: {
            const bool header = t.endsWith(u':') && t.size() > 2 && t[0].isLetter() &&
                                !holds(t, u'/') && (holds(t, u'-') || t[0].isUpper());
            b = (header && !tt.inString && tt.inner == Top) ||
                ((t.startsWith(u'{') || t.startsWith(u'[')) && !tt.inString && tt.inner == Top);
            break;
        }
        case L::Html:
            b = t.startsWith(u'<') && p.endsWith(u'>') && !tt.inString;
            break;
        case L::Sql:
            b = leavingComment || (p.endsWith(u';') && !pt.inComment && !pt.inString) ||
                (is(t, u"--") && !pt.inComment && (p.endsWith(u';') || p.endsWith(u',')));
            break;
        case L::Makefile: {
            if (leavingComment || is(p, u"\\")) {
                b = true;
                break;
            }
            // A comment stands on a line of its own, but for a target's "## help text".
            if (tt.inComment && !pt.inComment && isCommentMarker(language, t) && !isMakeTarget(p)) {
                b = true;
                break;
            }
            if (quiet || tt.inner != Top)
                break;
            const QStringView next = i + 1 < n ? toks[i + 1].text : QStringView();
            const QStringView h = toks[head].text;
            if (is(t, u"ifeq") || is(t, u"ifneq") || is(t, u"ifdef") || is(t, u"ifndef"))
                ++makeConditional;
            if (isMakeAssignment(t, next) || isMakeDirective(t, makeConditional > 0) ||
                isMakeTarget(t))
                b = true;
            else if ((inList(h, u"ifeq", u"ifneq") && i - head >= 2 && p.endsWith(u')')) ||
                     (inList(h, u"ifdef", u"ifndef", u"include", u"-include") && i - head == 2))
                b = true; // after the condition or the file
            else if (makeRule == 1 && i > makeTarget && startsMakeCommand(t) && !is(p, u"|") &&
                     !holds(t, u"..."))
                b = true; // the recipe's first command
            else if (makeRule == 2 && i - head >= 2 && startsMakeCommand(t) &&
                     !begins(t, u"./") && // a path after a command is its argument
                     !p.endsWith(u'|') && !p.endsWith(u';') && !p.endsWith(u'=') &&
                     !inList(p, u"&&", u"||", u"sudo", u"env", u"exec", u"xargs", u"time", u"watch",
                             u"then", u"do", u"else", u"if", u"-c") &&
                     !(p.startsWith(u'-') && p.size() == 2) &&
                     !(holds(p, u'=') && isShellCommand(p)))
                b = true; // the next command of a recipe
            if (is(t, u"endif") && makeConditional > 0)
                --makeConditional;
            break;
        }
        case L::Terraform: {
            if (tt.inComment && isCommentMarker(language, t) && !pt.inComment &&
                (p.endsWith(u'{') || p.startsWith(u'}'))) {
                b = true; // a comment on a line of its own after a brace
                break;
            }
            if (quiet || tt.inner == Paren || tt.inner == Bracket)
                break;
            const QStringView next = i + 1 < n ? toks[i + 1].text : QStringView();
            const QStringView after = i + 2 < n ? toks[i + 2].text : QStringView();
            const bool key = isIdentifier(t) || (t.size() > 2 && t.startsWith(u'"') &&
                                                 t.endsWith(u'"') && tt.inner == Literal);
            if (p.endsWith(u'{') && tt.inner == Literal && !t.startsWith(u'}')) {
                // A map of one entry may stand on one line, and so may one whose entries are
                // separated by commas; otherwise one entry per line.
                const LiteralShape shape = literalShape(toks, i);
                mapBroken.push_back(shape.keyed >= 2 && !shape.commas);
                b = mapBroken.back();
            } else if (t.startsWith(u'}') && tt.inner == Literal && !mapBroken.empty()) {
                b = mapBroken.back();
                mapBroken.pop_back();
            } else if (key && !p.endsWith(u',') && !is(p, u"=") &&
                       (tt.inner != Literal || mapBroken.empty() || mapBroken.back())) {
                const bool attribute = is(next, u"=");
                const bool block = is(next, u"{") || (next.startsWith(u'"') &&
                                                      (is(after, u"{") || after.startsWith(u'"')));
                b = attribute || block || (tt.inner == Top && statementKeyword(language, t));
            }
            break;
        }
        case L::Lua: {
            if (leavingComment || (tt.inComment && pt.inComment && isCommentMarker(language, t))) {
                b = true; // code after a comment, a comment after a comment
                break;
            }
            if (!quiet && tt.inner == Literal && p.endsWith(u'{') && !t.startsWith(u'}')) {
                // One entry per line when the table holds a function or a table of its own, or
                // four keyed entries ("{ desc = "x" }" and "{ "go", "gomod" }" keep their line).
                const LiteralShape shape = literalShape(toks, i);
                mapBroken.push_back(shape.nested || shape.keyed >= 4);
                b = mapBroken.back();
                break;
            }
            if (!quiet && tt.inner == Literal && t.startsWith(u'}')) {
                if (!mapBroken.empty()) {
                    b = mapBroken.back();
                    mapBroken.pop_back();
                }
                break;
            }
            if (!quiet && tt.inner == Literal && p.endsWith(u',')) {
                b = !mapBroken.empty() && mapBroken.back(); // one entry per line
                break;
            }
            if (!quiet && (is(t, u"end") || begins(t, u"end)") || begins(t, u"end,") ||
                           inList(t, u"else", u"elseif", u"until"))) {
                // (its block closed: inside what it was)
                b = !is(p, u"then") && !is(p, u"do") &&
                    !(is(t, u"end") && luaShortBody(toks, i, true));
                break;
            }
            if (quiet || tt.inner == Paren || tt.inner == Bracket || tt.inner == Literal)
                break;
            const QStringView h = toks[head].text;
            if (inList(p, u"then", u"do", u"else", u"repeat"))
                b = !(is(p, u"then") && luaShortBody(toks, i));
            else if (luaFunctionHeader && p.endsWith(u')') && tt.inner == Block)
                b = true; // after a function's parameters
            else if (endsExpression(p) &&
                     !inList(p, u"local", u"function", u"not", u"and", u"or") &&
                     (statementKeyword(language, t) || startsAssignmentOrCall(toks, i)) &&
                     !(is(h, u"for") && headerOpen) &&
                     !(inList(h, u"if", u"elseif", u"while") && headerOpen))
                b = true;
            break;
        }
        case L::Json:
            break; // decided below
        default:
            break;
        }

        if (braces && !b) {
            const bool eligible = !quiet && (tt.inner == Top || tt.inner == Block);
            if (leavingComment)
                b = true;
            else if (quiet)
                b = false;
            else if (p.endsWith(u'{') && !ends(p, u"${") && pt.inner != Paren &&
                     (tt.inner == Block) && !t.startsWith(u'}'))
                b = true;
            else if (t.startsWith(u'}') && !is(pt.text, u"{") && !p.endsWith(u'{') &&
                     (tt.inner == Block))
                b = true;
            else if (p.startsWith(u'}') && eligible &&
                     !inList(t, u"else", u"catch", u"finally", u"while", u"else:") &&
                     !t.startsWith(u')') && !t.startsWith(u',') && !t.startsWith(u';') &&
                     !t.startsWith(u'.'))
                b = true;
            else if (p.endsWith(u';') && eligible && !pt.inString &&
                     !(language == L::Go && isGoClause(toks[head].text) && headerOpen))
                b = true;
            else if (eligible && endsExpression(p) &&
                     !(headerOpen && longHead(language, toks[head].text) &&
                       (!statementKeyword(language, t) || clauseHead(toks[head].text))) &&
                     (language == L::Go || language == L::Rust || language == L::JavaScript ||
                      language == L::TypeScript || language == L::C || language == L::Cpp) &&
                     (statementKeyword(language, t) || startsAssignmentOrCall(toks, i)) &&
                     !(is(t, u"func") && i + 1 < n && toks[i + 1].text.startsWith(u'(')) &&
                     !(is(t, u"if") && language == L::Rust && is(p, u"else")))
                b = true;
            else if (tt.inner == Literal && p.endsWith(u',') && t.endsWith(u':') && !quiet)
                b = true; // keyed composite literal fields, one per line
            else if (p.endsWith(u'{') && pt.inner != Paren && t.endsWith(u':') &&
                     tt.inner == Literal && i + 2 < n && !quiet)
                b = true;
            else if (t.startsWith(u'}') && tt.inner == Literal && p.endsWith(u',') && !quiet)
                b = true;
            else if ((language == L::C || language == L::Cpp) &&
                     (begins(t, u"#include") || begins(t, u"#define") ||
                      (i >= 2 && is(toks[i - 2].text, u"#include")) ||
                      inList(p, u"public:", u"private:", u"protected:")))
                b = true;
            else if ((is(t, u"case") || is(t, u"default:")) && tt.inner == Block)
                b = true;
            else if (caseLabel && p.endsWith(u':') && eligible)
                b = true;
            else if (language == L::Go && (begins(t, u"//go:") || begins(p, u"//go:") ||
                                           (i >= 2 && begins(toks[i - 2].text, u"//go:"))))
                b = true;
            else if (language == L::Go && importList &&
                     (is(p, u"(") || is(t, u")") || (p.startsWith(u'"') && t.startsWith(u'"'))))
                b = true;
        } else if (language == L::Python && !b) {
            const bool eligible = !quiet && tt.inner == Top;
            const QStringView h = toks[head].text;
            if (leavingComment)
                b = true;
            else if (!eligible)
                b = false;
            else if (p.startsWith(u'@') && pt.inner == Top && p.size() > 1 &&
                     !isIdentifier(p.sliced(1)) == false)
                b = true;
            else if (h.startsWith(u'@') && pt.inner == Top && p.endsWith(u')') && !headerOpen)
                b = true;
            else if (p.endsWith(u':') && !p.startsWith(u'"') &&
                     (inList(h, u"def", u"class", u"if", u"elif", u"else:", u"for", u"while",
                             u"with", u"try:", u"except", u"finally:", u"async") ||
                      begins(h, u"except")))
                b = true;
            else if (ends(p, u"\"\"\"") && p.size() > 3)
                b = true;
            else if (endsExpression(p) && !(is(t, u"import") && is(h, u"from")) &&
                     !(headerOpen && longHead(L::Python, h) && !statementKeyword(L::Python, t)) &&
                     (statementKeyword(L::Python, t) || startsAssignmentOrCall(toks, i)) &&
                     !(inList(t, u"if", u"else", u"for", u"in", u"is", u"not", u"and", u"or") &&
                       !inList(h, u"def", u"class") && !is(p, u"pass") && !p.endsWith(u')')))
                b = true;
            else if (t.startsWith(u'@') && t.size() > 1 && t[1].isLetter())
                b = true;
        }

        if (language == L::Lua && !tt.inComment && !tt.inString)
            luaFunctionHeader = (luaFunctionHeader && !b) || holdsWord(t, u"function");
        if (b) {
            brk[i - 1] = true;
            head = i;
            headerOpen = true;
            caseLabel = (is(t, u"case") || is(t, u"default:")) ? 1 : 0;
            if (language == L::Makefile)
                startMakeLine(i);
        }
        // The head statement's header ends at its block or its end (a Go "for" header has
        // semicolons of its own).
        const bool goClause = language == L::Go && isGoClause(toks[head].text);
        if (headerOpen && (t.endsWith(u'{') || (t.endsWith(u';') && !goClause) ||
                           (t.endsWith(u':') && language == L::Python && tt.inner == Top) ||
                           (language == L::Lua && inList(t, u"then", u"do"))))
            headerOpen = false;
        if (caseLabel && t.endsWith(u':') && tt.inner != Paren)
            caseLabel = 2;
        if (importList && t.startsWith(u')'))
            importList = false;
        if (importList && language == L::Go) {
            imported.resize(size_t(n), false);
            imported[size_t(i)] = true;
        }
    }

    if (language == L::Json) {
        int keys = 0;
        bool nested = false;
        for (const Tok &t : toks) {
            keys += ends(t.text, u"\":");
            nested = nested || (t.inner != Top && (holds(t.text, u'{') || holds(t.text, u'[')));
        }
        if (keys > 4 || nested) {
            for (qsizetype i = 1; i < n; ++i) {
                const QStringView p = toks[i - 1].text;
                const QStringView t = toks[i].text;
                if (toks[i].inString)
                    continue;
                if (p.endsWith(u'{') || p.endsWith(u'[') ||
                    (p.endsWith(u',') && toks[i].inner == Literal) ||
                    (p.endsWith(u',') && toks[i].inner == Block) || t.startsWith(u'}') ||
                    t.startsWith(u']'))
                    br[i - 1] = true;
            }
        }
    }
    if (language == L::PlainText) {
        // Output and logs: lines that start alike ("LOG:", "=== RUN", a date).
        const QStringView first = toks[0].text;
        if (first.size() >= 2)
            for (qsizetype i = 1; i < n; ++i)
                if (toks[i].text == first)
                    br[i - 1] = true;
    }

    // The learned model (linebreakmodel.h) has the final word, the rules' decision among its
    // features.
    QList<BreakToken> tokenStates(n);
    const bool shell = language == L::Bash || language == L::PlainText; // where commands count
    const auto keyword = [language](QStringView t) { // keywords start in lower case, # or @
        const char16_t c = t.front().unicode();
        return ((c >= u'a' && c <= u'z') || c == u'#' || c == u'@') &&
               statementKeyword(language, t);
    };
    BreakToken *const stateOf = tokenStates.data(); // (QList's operator[] checks each call)
    for (qsizetype i = 0; i < n; ++i)
        stateOf[i] = {toks[i].text,         toks[i].inString, toks[i].inComment,
                      char(toks[i].inner),  toks[i].blocks,   shell && isShellCommand(toks[i].text),
                      keyword(toks[i].text)};
    if (rules)
        *rules = br;
    if (useModel)
        LineBreakModel::decide(language, tokenStates, br);
    // A left arrow points back at what stands before it on its line ("├── base/ ← shared
    // Kustomize base", "# a1b2c3d HEAD@{1}: commit: ... ← I want this back"): no line opens
    // with one. (None of our documents' code has one; the corpus has 13.)
    for (qsizetype i = 1; i < n; ++i)
        if (toks[i].text.startsWith(u'\u2190'))
            br[i - 1] = false;
    if (states)
        *states = std::move(tokenStates);

    // Join, indenting brace languages by block depth: written straight into a result of the
    // exact size (an append per token and a string of spaces per line cost more than the rest).
    // A Makefile's recipe lines start with a tab, found again from the final lines.
    QList<bool> recipe;
    if (language == L::Makefile) {
        recipe.resize(n);
        int rule = 0; // as in the rules' pass
        int conditional = 0;
        for (qsizetype i = 0; i < n; ++i) {
            if (i == 0 || br[i - 1]) {
                rule = makeRuleAfter(rule, makeLine(toks, i, conditional > 0));
                recipe[i] = rule == 2;
            }
            conditional += inList(toks[i].text, u"ifeq", u"ifneq", u"ifdef", u"ifndef");
            conditional -= conditional > 0 && is(toks[i].text, u"endif");
        }
    }
    const char16_t fill = language == L::Makefile ? u'\t' : u' ';
    const auto indent = [&](qsizetype i) { // the fill characters after the break before token i
        if (language == L::Makefile)
            return recipe[i] ? 1 : 0;
        if (!braces && language != L::Lua)
            return 0;
        int depth = toks[i].blocks + (size_t(i) < imported.size() && imported[size_t(i)]);
        if (toks[i].text.startsWith(u'}') &&
            (toks[i].inner == Block || language == L::Terraform || language == L::Lua))
            depth = std::max(0, depth - 1);
        return (language == L::Terraform || language == L::Lua ? 2 : 4) * std::clamp(depth, 0, 12);
    };
    const bool *const broken = br.constData();
    qsizetype size = n - 1; // the separators
    for (qsizetype i = 0; i < n; ++i)
        size += toks[i].text.size() + (i > 0 && broken[i - 1] ? indent(i) : 0);
    QString out(size, Qt::Uninitialized);
    char16_t *o = reinterpret_cast<char16_t *>(out.data());
    for (qsizetype i = 0; i < n; ++i) {
        const QStringView t = toks[i].text;
        if (i > 0 && broken[i - 1]) {
            *o++ = u'\n';
            o = std::fill_n(o, indent(i), fill);
        } else if (i > 0) {
            *o++ = u' ';
        }
        o = std::copy_n(t.utf16(), t.size(), o);
    }
    return out;
}

QString restoreLineBreaks(QStringView code, CodeLanguage language)
{
    return restore(code, language, true, nullptr, nullptr);
}

QList<bool> ruleLineBreaks(QStringView code, CodeLanguage language, QList<BreakToken> *tokens)
{
    QList<bool> rules;
    restore(code, language, false, tokens, &rules);
    return rules;
}

} // namespace Lectern
