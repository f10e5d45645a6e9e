#include "gui/section/TextDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace qdf::gui {

TextDialog::TextDialog(const QString &caption, QWidget *parent, bool withTitle) : QDialog(parent)
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
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto updateOk = [this, buttons, withTitle] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!withTitle || !m_title->text().trimmed().isEmpty());
    };
    connect(m_title, &QLineEdit::textChanged, this, updateOk);
    updateOk();
}

void TextDialog::setValues(const QString &title, const QString &body)
{
    m_title->setText(title);
    m_body->setPlainText(body);
}

QString TextDialog::title() const
{
    return m_title->text().trimmed();
}

QString TextDialog::body() const
{
    return m_body->toPlainText();
}

} // namespace qdf::gui
