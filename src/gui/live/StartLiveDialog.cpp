#include "gui/live/StartLiveDialog.h"

#include "gui/Labels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace qdf::gui {

StartLiveDialog::StartLiveDialog(const QString &roundName, const QList<QHostAddress> &addresses, QWidget *parent)
    : StartLiveDialog(addresses,
                      tr("Participants score the round “%1” from their own phones and laptops, blind until you "
                         "reveal. The phones must reach this laptop: choose the address it has on the room's "
                         "network, or on the laptop's own hotspot where the venue's Wi-Fi keeps devices apart.")
                          .arg(roundName),
                      parent)
{
}

StartLiveDialog *StartLiveDialog::forQuestion(const QString &questionText, const QList<QHostAddress> &addresses, QWidget *parent)
{
    return new StartLiveDialog(addresses,
                               tr("Participants answer “%1” from their own phones and laptops; their answers appear "
                                  "here as they arrive. No round is scored. The phones must reach this laptop: choose "
                                  "the address it has on the room's network, or on the laptop's own hotspot where the "
                                  "venue's Wi-Fi keeps devices apart.")
                                   .arg(questionText),
                               parent);
}

StartLiveDialog::StartLiveDialog(const QList<QHostAddress> &addresses, const QString &aboutText, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("startLiveDialog"));
    setWindowTitle(tr("Start live session"));
    auto *layout = new QVBoxLayout(this);
    auto *about = new QLabel(aboutText, this);
    about->setTextFormat(Qt::PlainText);  // a question the programme wrote is text, not markup
    about->setWordWrap(true);
    layout->addWidget(about);
    m_addresses = new QComboBox(this);
    m_addresses->setObjectName(QStringLiteral("liveAddressChoice"));
    for (const QHostAddress &a : addresses) {
        m_addresses->addItem(a.isLoopback() ? tr("%1 (this computer only)").arg(a.toString()) : a.toString(), a.toString());
    }
    auto *form = new QFormLayout;
    form->addRow(labelFor(m_addresses, tr("&Listen on:")), m_addresses);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QHostAddress StartLiveDialog::address() const
{
    return QHostAddress(m_addresses->currentData().toString());
}

} // namespace qdf::gui
