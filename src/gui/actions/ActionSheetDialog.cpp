#include "gui/actions/ActionSheetDialog.h"

#include "core/Workbook.h"
#include "gui/CellTyping.h"
#include "gui/SaveAsYouType.h"
#include "gui/session/AssessmentEdits.h"
#include "gui/session/WorkbookSession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qdf::gui {
namespace {

// What the sheet edits, field by field (not who changed it when, nor where it sits in the plan).
bool sameSheet(const Action &a, const Action &b)
{
    return a.subjectKey == b.subjectKey && a.achieve == b.achieve && a.soThat == b.soThat && a.steps == b.steps
        && a.byWhen == b.byWhen && a.involving == b.involving && a.criticality == b.criticality
        && a.resources == b.resources && a.purpose == b.purpose && a.lead == b.lead && a.support == b.support
        && a.difference == b.difference && a.reviewPoints == b.reviewPoints;
}

} // namespace

QPlainTextEdit *ActionSheetDialog::text(const QString &accessibleName, int lines)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    return edit;
}

ActionSheetDialog::ActionSheetDialog(WorkbookSession &session, const Subjects &subjects, AddAction add, QWidget *parent)
    : QDialog(parent), m_session(session), m_add(std::move(add))
{
    setObjectName(QStringLiteral("actionSheet"));
    setWindowTitle(tr("Action"));
    resize(820, 760);
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("The action plan and its detailed sheet"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);

    auto *plan = new QGroupBox(tr("Action planning"), content);
    auto *form = new QFormLayout(plan);
    m_subject = new QComboBox(plan);
    m_subject->setAccessibleName(tr("Driver or element this action improves"));
    for (const auto &[key, name] : subjects)
        m_subject->addItem(name, key);
    m_achieve = new QLineEdit(plan);
    m_achieve->setObjectName(QStringLiteral("actionAchieve"));
    m_achieve->setAccessibleName(tr("We need to achieve"));
    m_soThat = text(tr("So that we can"), 2);
    form->addRow(tr("&Improves:"), m_subject);
    form->addRow(tr("&We need to achieve..."), m_achieve);
    form->addRow(tr("&So that we can..."), m_soThat);
    for (int i = 1; i <= 3; ++i) {
        auto *step = new QLineEdit(plan);
        step->setAccessibleName(tr("By doing, step %1").arg(i));
        m_steps << step;
        form->addRow(i == 1 ? tr("By &doing...  1.") : QStringLiteral("%1.").arg(i), step);
    }
    m_byWhen = new QLineEdit(plan);
    m_byWhen->setAccessibleName(tr("By when"));
    m_involving = new QLineEdit(plan);
    m_involving->setAccessibleName(tr("Involving"));
    m_criticality = new QLineEdit(plan);
    m_criticality->setAccessibleName(tr("How critical, how well"));
    m_resources = text(tr("Resources needed"), 2);
    form->addRow(tr("By &when..."), m_byWhen);
    form->addRow(tr("In&volving..."), m_involving);
    form->addRow(tr("How &critical, how well"), m_criticality);
    form->addRow(tr("&Resources needed..."), m_resources);
    layout->addWidget(plan);

    auto *sheet = new QGroupBox(tr("Detailed action planning"), content);
    auto *sheetForm = new QFormLayout(sheet);
    m_purpose = text(tr("What we are trying to achieve"), 2);
    m_purpose->setPlaceholderText(tr("Clarifying the purpose and outcome of the focus of our activity"));
    m_lead = new QLineEdit(sheet);
    m_lead->setAccessibleName(tr("Lead person for delivery"));
    m_lead->setPlaceholderText(tr("Who will be the central owner/coordinator of the outcomes?"));
    m_support = text(tr("Support roles and what is required"), 2);
    m_support->setPlaceholderText(tr("Who and how do they need to support?"));
    m_difference = text(tr("What will really make the difference?"), 3);
    m_difference->setPlaceholderText(tr("What is really important here? What are the critical dimensions that will "
                                        "ensure successful delivery?"));
    sheetForm->addRow(tr("What we are &trying to achieve:"), m_purpose);
    sheetForm->addRow(tr("&Lead person for delivery:"), m_lead);
    sheetForm->addRow(tr("S&upport roles and what is required:"), m_support);
    sheetForm->addRow(tr("What will really &make the difference?"), m_difference);

    m_points = new QTableWidget(0, 4, sheet);
    m_points->setObjectName(QStringLiteral("reviewPoints"));
    m_points->setAccessibleName(tr("Delivery plan: review points"));
    m_points->setHorizontalHeaderLabels({tr("Review point"), tr("What we expect to have achieved"),
                                         tr("What we have achieved"), tr("Learning points and plan to progress")});
    m_points->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_points->verticalHeader()->hide();
    m_points->setWordWrap(true);
    m_points->setMinimumHeight(150);
    auto *pointButtons = new QHBoxLayout;
    auto *addPoint = new QPushButton(tr("Add review &point"), sheet);
    auto *removePoint = new QPushButton(tr("Remove review point"), sheet);
    pointButtons->addWidget(addPoint);
    pointButtons->addWidget(removePoint);
    pointButtons->addStretch();
    sheetForm->addRow(tr("Delivery plan"), m_points);
    sheetForm->addRow(QString(), pointButtons);
    layout->addWidget(sheet);
    layout->addStretch();
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    // What is typed in a review point's cell counts once it is in the cell.
    m_pointTyping = new CellTyping(m_points);
    const auto unsaved = [this] {
        m_pointTyping->commit();
        return hasUnsavedChanges();
    };
    m_saving = new SaveAsYouType(session, this, unsaved, [this] { return save(); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *saveButton = buttons->addButton(tr("&Save now"), QDialogButtonBox::ActionRole);
    saveButton->setObjectName(QStringLiteral("saveAction"));
    saveButton->setShortcut(QKeySequence::Save);
    saveButton->setToolTip(tr("The sheet is saved as you type."));
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_saving->stateLabel(), 1);
    footer->addWidget(buttons);
    outer->addLayout(footer);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(saveButton, &QPushButton::clicked, this, &ActionSheetDialog::saveNow);
    const auto edited = [this] {
        if (!m_loading)
            m_saving->edited();
    };
    for (QLineEdit *line : findChildren<QLineEdit *>())
        connect(line, &QLineEdit::textEdited, this, edited);
    for (QPlainTextEdit *box : findChildren<QPlainTextEdit *>())
        connect(box, &QPlainTextEdit::textChanged, this, edited);
    connect(m_subject, &QComboBox::activated, this, edited);
    connect(m_points, &QTableWidget::itemChanged, this, edited);
    if (session.workbook().isReadOnly()) {
        content->setEnabled(false);
        saveButton->setEnabled(false);
    }
    connect(addPoint, &QPushButton::clicked, this, [this] {
        m_points->insertRow(m_points->rowCount());
        m_points->setCurrentCell(m_points->rowCount() - 1, 0);
        m_points->editItem(m_points->currentItem());
    });
    connect(removePoint, &QPushButton::clicked, this, [this] {
        if (m_points->currentRow() >= 0)
            m_points->removeRow(m_points->currentRow());
        m_saving->edited();
    });
}

void ActionSheetDialog::setAction(const Action &a)
{
    m_loading = true;
    m_action = a;
    m_subject->setCurrentIndex(std::max(0, m_subject->findData(a.subjectKey)));
    m_achieve->setText(a.achieve);
    m_soThat->setPlainText(a.soThat);
    for (int i = 0; i < 3; ++i)
        m_steps[i]->setText(a.steps.value(i));
    m_byWhen->setText(a.byWhen);
    m_involving->setText(a.involving);
    m_criticality->setText(a.criticality);
    m_resources->setPlainText(a.resources);
    m_purpose->setPlainText(a.purpose);
    m_lead->setText(a.lead);
    m_support->setPlainText(a.support);
    m_difference->setPlainText(a.difference);
    m_points->setRowCount(int(a.reviewPoints.size()));
    for (int r = 0; r < a.reviewPoints.size(); ++r) {
        const ReviewPoint &p = a.reviewPoints[r];
        const QStringList cells{p.due, p.expected, p.achieved, p.learning};
        for (int c = 0; c < 4; ++c)
            m_points->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_points->resizeRowsToContents();
    m_loading = false;
    m_saved = action();
    m_saving->showState(m_session.workbook().isReadOnly() ? tr("This workbook is open read-only.")
                        : a.uuid.isEmpty()                 ? tr("Saved as you type, once it says what we need to achieve.")
                                                           : tr("All changes saved"),
                        false);
}

bool ActionSheetDialog::hasUnsavedChanges() const
{
    return !m_session.workbook().isReadOnly() && !sameSheet(action(), m_saved);
}

bool ActionSheetDialog::saveNow()
{
    return m_saving->saveNow();
}

QString ActionSheetDialog::saveState() const
{
    return m_saving->state();
}

QString ActionSheetDialog::save()
{
    const Action a = action();
    if (a.achieve.isEmpty())
        return tr("an action needs to say what we need to achieve");
    if (m_action.uuid.isEmpty()) {
        const QString uuid = m_add(a);
        if (uuid.isEmpty())
            return SaveAsYouType::refusedBySession();
        m_action.uuid = uuid;  // from now on, saves edit the action added
    } else if (!AssessmentEdits(m_session).updateAction(a)) {
        return SaveAsYouType::refusedBySession();
    }
    m_saved = a;
    return {};
}

void ActionSheetDialog::reject()
{
    if (m_saving->mayClose(m_action.uuid.isEmpty() ? tr("the new action") : tr("the action “%1”").arg(m_saved.achieve)))
        QDialog::reject();
}

Action ActionSheetDialog::action() const
{
    Action a = m_action;
    a.subjectKey = m_subject->currentData().toString();
    a.achieve = m_achieve->text().trimmed();
    a.soThat = m_soThat->toPlainText();
    a.steps.clear();
    for (const QLineEdit *step : m_steps)
        a.steps << step->text();
    a.byWhen = m_byWhen->text();
    a.involving = m_involving->text();
    a.criticality = m_criticality->text();
    a.resources = m_resources->toPlainText();
    a.purpose = m_purpose->toPlainText();
    a.lead = m_lead->text();
    a.support = m_support->toPlainText();
    a.difference = m_difference->toPlainText();
    a.reviewPoints.clear();
    for (int r = 0; r < m_points->rowCount(); ++r) {
        auto cell = [this, r](int c) { return m_points->item(r, c) ? m_points->item(r, c)->text() : QString(); };
        ReviewPoint p{cell(0), cell(1), cell(2), cell(3)};
        if (!(p == ReviewPoint{}))
            a.reviewPoints << p;
    }
    return a;
}

} // namespace qdf::gui
