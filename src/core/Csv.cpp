#include "core/Csv.h"

#include <utility>

namespace qdf {
namespace {

// A cell a spreadsheet would run as a formula (=, +, -, @, or a tab or CR before one) gets a
// leading apostrophe, which the spreadsheet shows as text: a name or note typed by someone else
// never becomes =HYPERLINK(...) or a DDE command on the reader's machine. Plain numbers keep
// their sign.
QString neutralised(QString text)
{
    static const QString triggers = QStringLiteral("=+-@\t\r");
    if (text.isEmpty() || !triggers.contains(text.front()))
        return text;
    bool number = false;
    text.toDouble(&number);
    return number ? text : QLatin1Char('\'') + text;
}

QString field(QString text)
{
    text = neutralised(std::move(text));
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
