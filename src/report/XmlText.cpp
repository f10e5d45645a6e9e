#include "report/XmlText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace qdf::report {

QVector<QString> pageFooterParts()
{
    const QString footer = QCoreApplication::translate("qdf::report", "Page %1 of %2");
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
