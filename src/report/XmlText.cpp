#include "report/XmlText.h"

#include "core/i18n/Language.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace qdf::report {

QString documentText(const QString &language, const char *source)
{
    return language::translatedIn(language.section(QLatin1Char('-'), 0, 0), "qdf::report", source);
}

QVector<QString> pageFooterParts(const QString &language)
{
    const QString footer = documentText(language, QT_TRANSLATE_NOOP("qdf::report", "Page %1 of %2"));
    QVector<QString> parts;
    int at = 0;
    const QRegularExpression number(QStringLiteral("%[12]"));
    for (auto it = number.globalMatch(footer); it.hasNext();) {
        const auto m = it.next();
        parts << footer.mid(at, m.capturedStart() - at) << m.captured();
        at = m.capturedEnd();
    }
    parts << footer.mid(at);
    return parts;
}

} // namespace qdf::report
