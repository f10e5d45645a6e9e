#include "gui/sync/SignerKeys.h"

#include "core/SafeText.h"
#include "core/keys/Keys.h"
#include "core/sync/Signers.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace qdf::gui {

SignerKeys::SignerKeys(Workbook &workbook, QWidget *parent) : QWidget(parent), m_workbook(workbook)
{
    setObjectName(QStringLiteral("signerKeys"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_line = new QLabel(this);
    m_line->setObjectName(QStringLiteral("signerKeysLine"));
    m_line->setWordWrap(true);
    m_line->setTextFormat(Qt::PlainText);  // it names people and files: never read as markup
    m_line->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_confirm = new QPushButton(tr("&Confirm these keys"), this);
    m_confirm->setObjectName(QStringLiteral("confirmKeys"));
    m_confirm->setAccessibleName(tr("Confirm the keys met for the first time"));
    m_line->setBuddy(m_confirm);
    layout->addWidget(m_line, 1);
    layout->addWidget(m_confirm);
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (Status s = confirm(); !s)
            QMessageBox::warning(this, tr("Confirm keys"), s.error().message);
    });
    setVisible(false);
}

void SignerKeys::show(const QStringList &files, const std::vector<Result<sync::ImportReport>> &reports)
{
    m_unconfirmed.clear();
    QStringList lines;
    for (std::size_t i = 0; i < reports.size() && i < std::size_t(files.size()); ++i) {
        const auto &r = reports[i];
        if (!r) {
            // Refused for a key that changed: the new key can be accepted here, once checked.
            if (const auto changed = sync::changedKeyOf(m_workbook, files[int(i)])) {
                m_unconfirmed << files[int(i)];
                lines << tr("%1 is signed by a new key %2, not the key %3 that %4 signed with before. If %4 has a new "
                            "computer or a new key, compare this fingerprint with them (by telephone) and accept it; "
                            "otherwise someone else signed it: leave it.")
                             .arg(shownSafely(QFileInfo(files[int(i)]).fileName(), false), changed->signer.fingerprint(),
                                  changed->held.fingerprint(), shownSafely(changed->held.owner.name, false));
            }
            continue;
        }
        if (r->signerTrust != QLatin1String("new") && r->signerTrust != QLatin1String("first-use"))
            continue;
        m_unconfirmed << files[int(i)];
        lines << tr("%1 is signed by %2's key %3, seen for the first time: compare this fingerprint with them (by "
                    "telephone, not by reply to the e-mail) before you confirm it.")
                     .arg(shownSafely(r->file, false), shownSafely(r->author, false), r->signerFingerprint);
    }
    m_line->setText(lines.join(QLatin1Char('\n')));
    m_confirm->setEnabled(!m_unconfirmed.isEmpty());
    setVisible(!m_unconfirmed.isEmpty());
}

Status SignerKeys::confirm()
{
    keys::Keys keys(m_workbook);
    for (const QString &file : m_unconfirmed) {
        auto signer = sync::signerOf(m_workbook, file);
        if (!signer)
            return signer.error();
        if (auto accepted = keys.accept(*signer); !accepted)
            return accepted.error();
    }
    m_unconfirmed.clear();
    m_line->setText(tr("The keys are confirmed."));
    m_confirm->setEnabled(false);
    Q_EMIT confirmed();
    return Status::success();
}

} // namespace qdf::gui
