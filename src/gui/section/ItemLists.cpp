#include "gui/section/ItemLists.h"

#include "gui/Markdown.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace qdf::gui {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf::gui", text);
}

QFrame *card(QWidget *parent, const QString &name)
{
    auto *frame = new QFrame(parent);
    frame->setProperty("role", QStringLiteral("card"));
    frame->setObjectName(name);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(12, 10, 12, 10);
    return frame;
}

QLabel *label(const QString &text, const char *role, QWidget *parent, Qt::TextFormat format = Qt::PlainText)
{
    auto *l = new QLabel(parent);
    l->setTextFormat(format);
    l->setText(text);
    l->setWordWrap(true);
    l->setProperty("role", QString::fromLatin1(role));
    return l;
}

QString when(const Change &change)
{
    return tr("%1, %2").arg(change.by, QLocale().toString(change.at.toLocalTime(), QLocale::ShortFormat));
}

QLabel *emptyNote(const QString &text, QWidget *parent)
{
    return label(text, "guidance", parent);
}

} // namespace

QWidget *workingExamplesView(const QVector<WorkingExample> &examples, QWidget *parent)
{
    QFrame *frame = card(parent, QStringLiteral("workingExamples"));
    if (examples.isEmpty())
        frame->layout()->addWidget(emptyNote(tr("No working examples yet."), frame));
    for (const WorkingExample &e : examples) {
        frame->layout()->addWidget(label(e.title, "question", frame));
        auto *body = new QTextBrowser(frame);
        setMarkdown(body->document(), e.body);
        body->setFrameShape(QFrame::NoFrame);
        body->setFocusPolicy(Qt::NoFocus);
        body->setAccessibleName(e.title);
        body->setMaximumHeight(90);
        frame->layout()->addWidget(body);
        frame->layout()->addWidget(label(when(e.change), "guidance", frame));
    }
    return frame;
}

QWidget *referenceMaterialsView(const QVector<ReferenceMaterial> &references, QWidget *parent)
{
    QFrame *frame = card(parent, QStringLiteral("referenceMaterials"));
    if (references.isEmpty())
        frame->layout()->addWidget(emptyNote(tr("No reference materials attached yet."), frame));
    for (const ReferenceMaterial &r : references) {
        frame->layout()->addWidget(
            label(QStringLiteral("%1  (%2)").arg(r.fileName, QLocale().formattedDataSize(r.size)), "question", frame));
        if (!r.note.isEmpty())
            frame->layout()->addWidget(label(r.note, "", frame));
        frame->layout()->addWidget(label(when(r.change), "guidance", frame));
    }
    return frame;
}

QWidget *schedulesView(const QVector<Schedule> &schedules, QWidget *parent)
{
    QFrame *frame = card(parent, QStringLiteral("draftSchedules"));
    if (schedules.isEmpty())
        frame->layout()->addWidget(emptyNote(tr("No Schedules drafted in this section yet."), frame));
    for (const Schedule &s : schedules) {
        frame->layout()->addWidget(label(QStringLiteral("%1  %2").arg(s.number, s.title), "question", frame));
        frame->layout()->addWidget(label(tr("%1 · version %2 · %3").arg(maturityTitle(s.maturity)).arg(s.version)
                                             .arg(when(s.change)),
                                         "guidance", frame));
    }
    return frame;
}

} // namespace qdf::gui
