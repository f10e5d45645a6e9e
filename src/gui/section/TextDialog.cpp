#include "gui/section/TextDialog.h"

#include "gui/SaveAsYouType.h"
#include "gui/app/Ask.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace qdf::gui {

TextDialog::TextDialog(const QString &caption, QWidget *parent, bool withTitle) : QDialog(parent), m_withTitle(withTitle)
{
    setWindowTitle(caption);
    resize(640, 420);
    auto *form = new QFormLayout(this);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("dialogTitle"));
    m_title->setAccessibleName(tr("Title"));
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("dialogBody"));
    m_body->setAccessibleName(tr("Text (Markdown)"));
    m_body->setTabChangesFocus(true);
    if (withTitle)
        form->addRow(tr("&Title:"), m_title);
    else
        m_title->hide();
    form->addRow(tr("Te&xt:"), m_body);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto updateOk = [this, withTitle] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!withTitle || !m_title->text().trimmed().isEmpty());
    };
    connect(m_title, &QLineEdit::textChanged, this, updateOk);
    updateOk();
}

void TextDialog::setValues(const QString &title, const QString &body)
{
    m_title->setText(title);
    m_body->setPlainText(body);
    m_savedTitle = title;
    m_savedBody = body;
}

void TextDialog::saveAsYouType(WorkbookSession &session, const QString &what,
                               std::function<bool(const QString &, const QString &)> save)
{
    m_what = what;
    m_saving = new SaveAsYouType(
        session, this, [this] { return typed(); },
        [this, save = std::move(save)]() -> QString {
            if (m_withTitle && title().isEmpty())
                return tr("it needs a title");
            if (!save(title(), body()))
                return SaveAsYouType::refusedBySession();
            m_savedTitle = title();
            m_savedBody = body();
            return {};
        });
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    auto *form = static_cast<QFormLayout *>(layout());
    form->insertRow(form->rowCount() - 1, m_saving->stateLabel());
    connect(m_title, &QLineEdit::textEdited, m_saving, &SaveAsYouType::edited);
    connect(m_body, &QPlainTextEdit::textChanged, m_saving, &SaveAsYouType::edited);
}

QString TextDialog::title() const
{
    return m_title->text().trimmed();
}

QString TextDialog::body() const
{
    return m_body->toPlainText();
}

QString TextDialog::saveState() const
{
    return m_saving ? m_saving->state() : QString();
}

bool TextDialog::typed() const
{
    return title() != m_savedTitle.trimmed() || body() != m_savedBody;
}

void TextDialog::reject()
{
    if (m_saving) {
        if (m_saving->mayClose(m_what))
            QDialog::reject();
        return;
    }
    if (typed()
        && ask::question(this, tr("Discard what you typed?"),
                         tr("Nothing is saved until you press OK. Discard what you typed, or keep editing?"),
                         QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
               != QMessageBox::Discard)
        return;
    QDialog::reject();
}

} // namespace qdf::gui
