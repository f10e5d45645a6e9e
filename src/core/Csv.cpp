#include "core/Csv.h"

namespace qdf {
namespace {

QString field(QString text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString line(const QStringList &cells)
{
    QStringList fields;
    for (const QString &c : cells)
        fields << field(c);
    return fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace

QByteArray toCsv(const QStringList &headers, const QVector<QStringList> &rows)
{
    QString text = line(headers);
    for (const QStringList &r : rows)
        text += line(r);
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace qdf
