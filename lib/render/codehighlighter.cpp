#include "render/codehighlighter.h"

#include "render/syntaxrepository.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>
#include <QColor>
#include <QMetaEnum>
#include <QStringTokenizer>

namespace Lectern {
namespace KSH = KSyntaxHighlighting;

namespace {

QString styleClass(KSH::Theme::TextStyle style)
{
    static const QMetaEnum e = QMetaEnum::fromType<KSH::Theme::TextStyle>();
    return QLatin1String("ksh-") + QLatin1String(e.valueToKey(style));
}

class SpanHighlighter final : public KSH::AbstractHighlighter
{
public:
    QString run(QStringView code)
    {
        m_out.clear();
        m_out.reserve(code.size() * 2);
        KSH::State state;
        bool first = true;
        for (QStringView line : QStringTokenizer(code, u'\n')) {
            if (!first)
                m_out += u'\n';
            first = false;
            m_line = line;
            m_done = 0;
            state = highlightLine(line, state);
            appendPlain(line.size()); // text the definition left unformatted
        }
        return m_out;
    }

protected:
    void applyFormat(int offset, int length, const KSH::Format &format) override
    {
        if (length <= 0)
            return;
        appendPlain(offset);
        const QString text = m_line.sliced(offset, length).toString().toHtmlEscaped();
        if (format.textStyle() == KSH::Theme::Normal && !format.isBold(theme()) &&
            !format.isItalic(theme())) {
            m_out += text;
        } else {
            m_out += QLatin1String("<span class=\"") + styleClass(format.textStyle()) +
                     QLatin1String("\">") + text + QLatin1String("</span>");
        }
        m_done = offset + length;
    }

private:
    void appendPlain(qsizetype upTo)
    {
        if (upTo > m_done)
            m_out += m_line.sliced(m_done, upTo - m_done).toString().toHtmlEscaped();
        m_done = std::max<qsizetype>(m_done, upTo);
    }

    QString m_out;
    QStringView m_line;
    qsizetype m_done = 0;
};

QString cssColor(QRgb rgb)
{
    return QColor::fromRgba(rgb).name(QColor::HexRgb);
}

} // namespace

HighlightedCode highlightCode(const QString &code, const QString &language)
{
    HighlightedCode result;
    auto &repo = syntaxRepository();
    KSH::Definition def = language.isEmpty() ? KSH::Definition() : repo.definitionForName(language);
    if (!def.isValid() && !language.isEmpty())
        def = repo.definitionForFileName(QLatin1String("x.") + language);
    if (!def.isValid()) {
        result.html = code.toHtmlEscaped();
        return result;
    }
    SpanHighlighter h;
    h.setDefinition(def);
    h.setTheme(repo.defaultTheme(KSH::Repository::LightTheme));
    result.html = h.run(code);
    result.language = def.translatedName();
    result.highlighted = true;
    return result;
}

QString defaultThemeName(bool dark)
{
    return syntaxRepository()
        .defaultTheme(dark ? KSH::Repository::DarkTheme : KSH::Repository::LightTheme)
        .name();
}

QString themeStylesheet(const QString &themeName)
{
    auto &repo = syntaxRepository();
    KSH::Theme theme = repo.theme(themeName);
    if (!theme.isValid())
        theme = repo.defaultTheme();
    QString css;
    css += QStringLiteral("pre.code { background: %1; color: %2; }\n")
               .arg(cssColor(theme.editorColor(KSH::Theme::BackgroundColor)),
                    cssColor(theme.textColor(KSH::Theme::Normal)));
    const QMetaEnum e = QMetaEnum::fromType<KSH::Theme::TextStyle>();
    for (int i = 0; i < e.keyCount(); ++i) {
        const auto style = KSH::Theme::TextStyle(e.value(i));
        QStringList rules;
        if (const QRgb c = theme.textColor(style))
            rules << QStringLiteral("color: %1").arg(cssColor(c));
        if (const QRgb b = theme.backgroundColor(style))
            rules << QStringLiteral("background: %1").arg(cssColor(b));
        if (theme.isBold(style))
            rules << QStringLiteral("font-weight: bold");
        if (theme.isItalic(style))
            rules << QStringLiteral("font-style: italic");
        if (theme.isUnderline(style))
            rules << QStringLiteral("text-decoration: underline");
        if (!rules.isEmpty())
            css += QStringLiteral(".%1 { %2; }\n").arg(styleClass(style), rules.join(u"; "));
    }
    return css;
}

} // namespace Lectern
