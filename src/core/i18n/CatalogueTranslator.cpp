#include "core/i18n/CatalogueTranslator.h"

#include <QFile>
#include <QXmlStreamReader>

namespace qdf::language {

namespace {

QByteArray keyOf(const QByteArray &source, const QByteArray &disambiguation)
{
    return source + '\x04' + disambiguation;
}

} // namespace

bool CatalogueTranslator::loadCatalogue(const QString &language)
{
    if (!load(QStringLiteral(":/i18n/qdfworkbench_%1.qm").arg(language)))
        return false;
    QFile ts(QStringLiteral(":/i18n/qdfworkbench_%1.ts").arg(language));
    if (ts.open(QIODevice::ReadOnly))
        m_contextOf = contextsOf(ts.readAll());
    return true;
}

QString CatalogueTranslator::translate(const char *context, const char *sourceText, const char *disambiguation, int n) const
{
    QString found = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!found.isNull() || !sourceText)
        return found;
    const auto at = m_contextOf.constFind(keyOf(QByteArray(sourceText), QByteArray(disambiguation)));
    if (at == m_contextOf.cend() || (context && *at == context))
        return found;
    return QTranslator::translate(at->constData(), sourceText, disambiguation, n);
}

QHash<QByteArray, QByteArray> CatalogueTranslator::contextsOf(const QByteArray &ts)
{
    QHash<QByteArray, QByteArray> contexts;
    QXmlStreamReader xml(ts);
    QByteArray context, source, comment;
    bool finished = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name"))
                context = xml.readElementText().toUtf8();
            else if (name == QLatin1String("message"))
                source.clear(), comment.clear(), finished = false;
            else if (name == QLatin1String("source"))
                source = xml.readElementText().toUtf8();
            else if (name == QLatin1String("comment"))
                comment = xml.readElementText().toUtf8();
            else if (name == QLatin1String("translation"))
                finished = xml.attributes().value(QLatin1String("type")).isEmpty();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message") && finished) {
            contexts.insert(keyOf(source, comment), context);  // any context will do: the same Welsh
        }
    }
    return contexts;
}

} // namespace qdf::language
