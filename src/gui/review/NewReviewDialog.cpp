#include "gui/review/NewReviewDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace qdf::gui {

using namespace qdf::review;

NewReviewDialog::NewReviewDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("New commissioning review"));
    setObjectName(QStringLiteral("newReviewDialog"));
    auto *form = new QFormLayout;
    m_title = new QLineEdit(this);
    m_title->setAccessibleName(tr("Title"));
    m_subject = new QLineEdit(this);
    m_subject->setAccessibleName(tr("What is reviewed"));
    m_subject->setPlaceholderText(tr("e.g. Home care framework contract"));
    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Kind of review"));
    m_kind->addItem(tr("A procurement exercise"), QStringLiteral("procurement"));
    m_kind->addItem(tr("A contract"), QStringLiteral("contract"));
    m_kind->addItem(tr("A whole commissioning system"), QStringLiteral("system"));
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setAccessibleName(tr("Date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_reviewers = new QLineEdit(this);
    m_reviewers->setAccessibleName(tr("Reviewers"));
    m_model = new QComboBox(this);
    m_model->setAccessibleName(tr("Outcome-based model in use"));
    for (const Model &m : Pack::shipped().models)
        m_model->addItem(tr("%1. %2").arg(m.number).arg(m.name), m.number);
    m_modelSummary = new QLabel(this);
    m_modelSummary->setWordWrap(true);
    m_modelSummary->setProperty("role", QStringLiteral("guidance"));
    m_checklists = new QListWidget(this);
    m_checklists->setAccessibleName(tr("Checklists"));
    for (const Checklist &c : Pack::shipped().checklists) {
        auto *item = new QListWidgetItem(c.name, m_checklists);
        item->setData(Qt::UserRole, c.key);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(c.description);
    }
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("What is &reviewed:"), m_subject);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("Re&viewers:"), m_reviewers);
    form->addRow(tr("&Model in use:"), m_model);
    form->addRow(QString(), m_modelSummary);
    form->addRow(tr("&Checklists:"), m_checklists);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start review"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &NewReviewDialog::suggestChecklists);
    connect(m_model, &QComboBox::currentIndexChanged, this, &NewReviewDialog::showModel);
    const auto okEnabled = [this, buttons] {
        bool any = false;
        for (int i = 0; i < m_checklists->count(); ++i)
            any = any || m_checklists->item(i)->checkState() == Qt::Checked;
        buttons->button(QDialogButtonBox::Ok)->setEnabled(any && !m_title->text().trimmed().isEmpty());
    };
    connect(m_title, &QLineEdit::textChanged, this, okEnabled);
    connect(m_checklists, &QListWidget::itemChanged, this, okEnabled);
    m_kind->setCurrentIndex(1);
    suggestChecklists();
    showModel();
    okEnabled();
    resize(560, 560);
}

// What suits each kind of review, from Tool 20: a procurement is read against the procurement
// domains, a contract against contract management (the NAO framework beside it), a system
// against the step-change cycle.
void NewReviewDialog::suggestChecklists()
{
    const QString kind = m_kind->currentData().toString();
    const QHash<QString, QStringList> suits{
        {QStringLiteral("procurement"), {QStringLiteral("procurement")}},
        {QStringLiteral("contract"), {QStringLiteral("contract-management"), QStringLiteral("nao-contract-management")}},
        {QStringLiteral("system"), {QStringLiteral("step-change"), QStringLiteral("commissioning-cycle")}}};
    for (int i = 0; i < m_checklists->count(); ++i) {
        QListWidgetItem *item = m_checklists->item(i);
        item->setCheckState(suits.value(kind).contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

void NewReviewDialog::showModel()
{
    const Model *m = Pack::shipped().model(m_model->currentData().toInt());
    m_modelSummary->setText(m ? m->summary : QString());
}

Review NewReviewDialog::review() const
{
    Review r;
    r.title = m_title->text().trimmed();
    r.subject = m_subject->text().trimmed();
    r.subjectKind = m_kind->currentData().toString();
    r.reviewedOn = m_date->date().toString(Qt::ISODate);
    r.reviewers = m_reviewers->text().trimmed();
    r.model = m_model->currentData().toInt();
    for (int i = 0; i < m_checklists->count(); ++i) {
        if (m_checklists->item(i)->checkState() == Qt::Checked)
            r.checklists << m_checklists->item(i)->data(Qt::UserRole).toString();
    }
    return r;
}

} // namespace qdf::gui
