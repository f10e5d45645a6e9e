#pragma once
// The program's catalogue (:/i18n/qdfworkbench_LANG.qm). A message is found by its context, as Qt
// does; failing that, by its source text and disambiguation in whichever context the catalogue
// holds it. lupdate names the context of a free function's tr() after its namespace, while the
// small tr() helpers of .cpp files each pass a literal one; the two drifted apart before (66 shipped
// translations unused), and this keeps a translation from being lost to a context's name.
#include <QByteArray>
#include <QHash>
#include <QTranslator>

namespace qdf::language {

class CatalogueTranslator final : public QTranslator
{
public:
    bool loadCatalogue(const QString &language);
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr, int n = -1) const override;

    // Reads which context holds each finished message of a .ts (the catalogue's source, embedded beside it).
    static QHash<QByteArray, QByteArray> contextsOf(const QByteArray &ts);

private:
    QHash<QByteArray, QByteArray> m_contextOf;  // source + '\x04' + disambiguation → a context holding it
};

} // namespace qdf::language
