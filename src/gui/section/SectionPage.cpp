#include "gui/section/SectionPage.h"

#include "core/ContentPack.h"
#include "core/Workbook.h"
#include "core/stores/MaterialStore.h"
#include "core/stores/ScheduleStore.h"
#include "core/stores/SectionStore.h"
#include "gui/section/AnswerEditor.h"
#include "gui/section/ItemLists.h"

#include <QLabel>
#include <QVBoxLayout>

namespace qdf::gui {
namespace {

QLabel *label(const QString &text, const char *role, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setProperty("role", QString::fromLatin1(role));
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

// The pack's heading and explanation for one of the three parts of a section.
void addPartHeading(QVBoxLayout *layout, const QString &key, QWidget *parent)
{
    for (const SectionPart &part : ContentPack::caremore().parts) {
        if (part.key != key)
            continue;
        layout->addWidget(label(part.title, "heading", parent));
        layout->addWidget(label(part.explanation, "guidance", parent));
    }
}

} // namespace

SectionPage::SectionPage(Workbook &workbook, const Section &section, QWidget *parent)
    : QScrollArea(parent), m_section(section)
{
    setObjectName(QStringLiteral("page-%1").arg(section.key));
    setAccessibleName(section.title);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 18, 24, 24);
    layout->setSpacing(8);

    layout->addWidget(label(section.title, "title", content));
    layout->addWidget(label(section.purpose, "purpose", content));
    if (!section.explanation.isEmpty())
        layout->addWidget(label(section.explanation, "", content));

    auto questions = SectionStore(workbook).questions(section.id);
    if (questions && !questions->isEmpty()) {
        layout->addWidget(label(tr("Open questions"), "heading", content));
        for (const Question &q : *questions) {
            auto *editor = new AnswerEditor(workbook, q, content);
            connect(editor, &AnswerEditor::saved, this, &SectionPage::saved);
            connect(editor, &AnswerEditor::saveFailed, this, &SectionPage::saveFailed);
            m_editors.push_back(editor);
            layout->addWidget(editor);
        }
    }

    if (section.kind == SectionKind::Caremore) {
        MaterialStore materials(workbook);
        addPartHeading(layout, QStringLiteral("working-examples"), content);
        layout->addWidget(workingExamplesView(materials.examples(section.id).valueOr({}), content));
        addPartHeading(layout, QStringLiteral("reference-materials"), content);
        layout->addWidget(referenceMaterialsView(materials.references(section.id).valueOr({}), content));
        addPartHeading(layout, QStringLiteral("draft-schedules"), content);
        layout->addWidget(schedulesView(ScheduleStore(workbook).list(section.id).valueOr({}), content));
    }
    layout->addStretch(1);
    setWidget(content);
}

bool SectionPage::flush()
{
    bool all = true;
    for (AnswerEditor *editor : m_editors)
        all = editor->flush() && all;
    return all;
}

} // namespace qdf::gui
