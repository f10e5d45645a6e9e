#pragma once

// What the ODT and DOCX writers share: an XML writer into a string with short element calls,
// the page footer's words around its two numbers, and the text width of the A4 page.

#include <QString>
#include <QVector>
#include <QXmlStreamWriter>

#include <initializer_list>
#include <utility>

namespace qdf::report {

inline constexpr double kTextWidthCm = 17.0;  // A4, 2 cm margins

using XmlAttributes = std::initializer_list<std::pair<const char *, QString>>;

// QXmlStreamWriter into a string (every text escaped), with the element calls the writers use.
class XmlOut {
public:
    XmlOut() : m_w(&m_text) {}
    XmlOut(const XmlOut &) = delete;
    XmlOut &operator=(const XmlOut &) = delete;

    QXmlStreamWriter *operator->() { return &m_w; }
    const QString &text() const { return m_text; }

    void start(const char *name, XmlAttributes attributes = {})
    {
        m_w.writeStartElement(QLatin1String(name));
        attribute(attributes);
    }
    // An element with attributes and nothing inside.
    void empty(const char *name, XmlAttributes attributes = {})
    {
        m_w.writeEmptyElement(QLatin1String(name));
        attribute(attributes);
    }
    void end() { m_w.writeEndElement(); }

protected:
    QXmlStreamWriter m_w;

private:
    void attribute(XmlAttributes attributes)
    {
        for (const auto &[key, value] : attributes)
            m_w.writeAttribute(QLatin1String(key), value);
    }

    QString m_text;
};

// "Page %1 of %2" as translated, cut into its words and the two numbers: {text, 1, text, 2,
// text}, with the number parts as "%1" and "%2", in the order the translation puts them.
QVector<QString> pageFooterParts(const QString &language);
// A fixed text of the reports in the document's language (BCP 47), whichever language is spoken:
// the page numbers and DRAFT marks of a Welsh document are Welsh.
QString documentText(const QString &language, const char *source);

} // namespace qdf::report
