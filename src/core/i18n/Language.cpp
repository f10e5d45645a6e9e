#include "core/i18n/Language.h"

#include "core/i18n/CatalogueTranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

#include <cstring>

namespace qdf::language {

namespace {

// "cy_GB.UTF-8", "cy-GB", "Cymraeg" → "cy"; "" when it names no shipped language.
QString shipped(const QString &name)
{
    const QString code = name.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0).replace(QLatin1Char('-'), QLatin1Char('_'))
                             .section(QLatin1Char('_'), 0, 0).toLower();
    if (code == QLatin1String("cymraeg") || code == QLatin1String("welsh"))
        return QStringLiteral("cy");
    if (code == QLatin1String("english"))
        return QStringLiteral("en");
    return available().contains(code) ? code : QString();
}

QLocale localeOf(const QString &language)
{
    return language == QLatin1String("cy") ? QLocale(QLocale::Welsh, QLocale::UnitedKingdom)
                                           : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString &installed()
{
    static QString language = QStringLiteral("en");
    return language;
}

} // namespace

QString current()
{
    return installed();
}

QString nativeName(const QString &code)
{
    return code == QLatin1String("cy") ? QStringLiteral("Cymraeg") : QStringLiteral("English");
}

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("cy")};
}

QString choose(const QString &wanted)
{
    if (const QString w = shipped(wanted); !w.isEmpty())
        return w;
    // The person's languages in the order POSIX reads them: LANGUAGE is a list, the others one each.
    QStringList theirs = qEnvironmentVariable("LANGUAGE").split(QLatin1Char(':'), Qt::SkipEmptyParts);
    for (const char *variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        if (const QString value = qEnvironmentVariable(variable); !value.isEmpty()) {
            theirs << value;
            break;
        }
    }
    for (const QString &l : theirs) {
        if (const QString s = shipped(l); !s.isEmpty())
            return s;
        if (l == QLatin1String("C") || l.startsWith(QLatin1String("C.")) || l == QLatin1String("POSIX"))
            break;  // the plain C locale: English, not "no preference"
    }
    return QStringLiteral("en");
}

QString install(QCoreApplication &app, const QString &language)
{
    const QString chosen = shipped(language).isEmpty() ? QStringLiteral("en") : shipped(language);
    // Installing again replaces the language before (a test, or a later choice).
    static QTranslator qt;
    static CatalogueTranslator ours;
    app.removeTranslator(&ours);
    app.removeTranslator(&qt);
    QLocale::setDefault(localeOf(chosen));
    installed() = chosen;
    if (chosen == QLatin1String("en"))
        return chosen;
    // Qt's own texts (where Debian ships them), then ours, installed last so that they are asked first.
    if (qt.load(localeOf(chosen), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(&qt);
    if (ours.loadCatalogue(chosen))
        app.installTranslator(&ours);
    return chosen;
}

QString translatedIn(const QString &language, const char *context, const char *source, const char *disambiguation, int n)
{
    QString found;
    if (shipped(language) == QLatin1String("cy")) {
        // Loaded once, beside whatever catalogue is installed (the same file, read again).
        static const CatalogueTranslator *welsh = [] {
            auto *t = new CatalogueTranslator;
            t->loadCatalogue(QStringLiteral("cy"));
            return t;
        }();
        found = welsh->translate(context, source, disambiguation, n);
    }
    if (found.isNull())
        found = QString::fromUtf8(source);
    if (n >= 0)
        found.replace(QLatin1String("%n"), localeOf(shipped(language)).toString(n));
    return found;
}

QString documentLanguage()
{
    return QLocale().language() == QLocale::Welsh ? QStringLiteral("cy-GB") : QStringLiteral("en-GB");
}

QString takeLanguageOption(int &argc, char **argv, bool *bad, int end)
{
    if (bad)
        *bad = false;
    QString value;
    int out = 1;
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (std::strcmp(a, "--") == 0 || (end >= 0 && i >= end)) {
            for (; i < argc; ++i)
                argv[out++] = argv[i];
            break;
        }
        if (std::strcmp(a, "--lang") == 0) {
            value = i + 1 < argc ? QString::fromLocal8Bit(argv[++i]) : QString();
            if (bad && shipped(value).isEmpty())
                *bad = true;
            continue;
        }
        if (std::strncmp(a, "--lang=", 7) == 0) {
            value = QString::fromLocal8Bit(a + 7);
            if (bad && shipped(value).isEmpty())
                *bad = true;
            continue;
        }
        argv[out++] = argv[i];
    }
    argc = out;
    argv[argc] = nullptr;
    return value;
}

} // namespace qdf::language
