#include "gui/session/UndoText.h"

#include "core/SafeText.h"

#include "core/catalyst/CatalystPack.h"
#include "core/review/ReviewPack.h"

namespace qdf::gui {
namespace {

constexpr int kMenuChars = 70;  // longer names are cut with "…": a menu is not a paragraph

// A name quoted in a step's text (a question, a title): its first line, cut to fit.
QString quoted(const QString &text)
{
    QString line = text.section(QLatin1Char('\n'), 0, 0).simplified();
    if (line.size() > 48)
        line = line.left(47).trimmed() + QChar(0x2026);
    return QStringLiteral("“%1”").arg(line);
}

QString elementName(const QString &key)
{
    const catalyst::Element *element = catalyst::Pack::shipped().element(key);
    return element ? element->name : key;
}

QString driverName(const QString &key)
{
    const catalyst::Driver *driver = catalyst::Pack::shipped().driver(key);
    return driver ? driver->name : key;
}

} // namespace

QString UndoText::of(Kind kind, const QString &unsafeName)
{
    // Names come from people, some from elsewhere (a file's name, a title in a bundle): shown
    // safely in the Edit menu and the undo history (core/SafeText.h).
    const QString name = shownSafely(unsafeName);
    const QString fileName = shownSafely(unsafeName, false);  // on one line
    switch (kind) {
    case Kind::Score: return tr("score of %1").arg(elementName(name));
    case Kind::AgreedLevel: return tr("agreed level of %1").arg(elementName(name));
    case Kind::Target: return tr("improvement target for %1").arg(driverName(name));
    case Kind::NewAction: return name.isEmpty() ? tr("new action") : tr("new action %1").arg(quoted(name));
    case Kind::Action: return name.isEmpty() ? tr("action sheet") : tr("action %1").arg(quoted(name));
    case Kind::RemovedAction: return name.isEmpty() ? tr("removal of an action") : tr("removal of action %1").arg(quoted(name));
    case Kind::Answer: return tr("answer to %1").arg(quoted(name));
    case Kind::AnswerVersion: return tr("version %1 of an answer brought back").arg(name);
    case Kind::NewExample: return tr("new working example %1").arg(quoted(name));
    case Kind::Example: return tr("working example %1").arg(quoted(name));
    case Kind::ExampleOrder: return tr("order of the working examples");
    case Kind::RemovedExample: return tr("removal of working example %1").arg(quoted(name));
    case Kind::Attachment: return tr("attaching %1").arg(fileName);
    case Kind::AttachmentNote: return tr("note on %1").arg(fileName);
    case Kind::RemovedAttachment: return tr("removal of %1").arg(fileName);
    case Kind::ScheduleText: return tr("text of Schedule %1").arg(name);
    case Kind::Translated: return tr("%1 marked as translated").arg(quoted(name));
    case Kind::Milestone: return tr("status of milestone %1").arg(quoted(name));
    case Kind::Rating: return tr("rating of %1").arg(review::Pack::shipped().subjectName(name));
    case Kind::NewSubQuestion: return tr("new sub-question %1").arg(quoted(name));
    case Kind::SubQuestion: return tr("sub-question %1").arg(quoted(name));
    case Kind::SubQuestionOrder: return tr("order of the sub-questions");
    case Kind::RemovedSubQuestion: return tr("removal of sub-question %1").arg(quoted(name));
    }
    return name;
}

QString UndoText::menuLabel(bool undo, const QString &text)
{
    if (text.isEmpty())
        return undo ? tr("&Undo") : tr("&Redo");
    QString shown = text;
    if (shown.size() > kMenuChars)
        shown = shown.left(kMenuChars - 1).trimmed() + QChar(0x2026);
    shown.replace(QLatin1Char('&'), QStringLiteral("&&"));  // a name's "&" is no mnemonic
    return (undo ? tr("&Undo: %1") : tr("&Redo: %1")).arg(shown);
}

} // namespace qdf::gui
