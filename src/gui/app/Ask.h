#pragma once

#include <QMessageBox>

namespace qdf::gui::ask {

// A question for the person, as a modal message box; tests answer it in advance with
// setNextAnswer() instead of clicking (KeePassXC's MessageBox::setNextAnswer).
QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons, QMessageBox::StandardButton byDefault);
void setNextAnswer(QMessageBox::StandardButton answer);

} // namespace qdf::gui::ask
