#pragma once

#include "core/Error.h"
#include "core/sync/Sync.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;

namespace qdf {
class Workbook;
}

namespace qdf::gui {

// The line under the import summary that names the keys met for the first time (trust on first
// use: docs/security.md) with their fingerprints, for a person to compare with their owners by
// telephone, and a button that confirms them. Hidden when every file's signer is known.
class SignerKeys : public QWidget {
    Q_OBJECT
public:
    SignerKeys(Workbook &workbook, QWidget *parent = nullptr);

    // What the preview found, file by file.
    void show(const QStringList &files, const std::vector<Result<sync::ImportReport>> &reports);
    // What the button does: the keys named are accepted (kept as confirmed by this person).
    Status confirm();
    QPushButton *confirmButton() const { return m_confirm; }
    QLabel *line() const { return m_line; }

Q_SIGNALS:
    void confirmed();

private:
    Workbook &m_workbook;
    QStringList m_unconfirmed;  // the files whose signer is to be confirmed
    QLabel *m_line = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace qdf::gui
