#pragma once

#include <QMessageBox>

namespace qdf::gui::ask {

// A question for the person, as a modal message box; tests answer it in advance with
// setNextAnswer() instead of clicking (KeePassXC's MessageBox::setNextAnswer).
QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons, QMessageBox::StandardButton byDefault);
void setNextAnswer(QMessageBox::StandardButton answer);
// What the last question asked said (answered in advance or not), for tests that check it.
QString lastQuestion();

} // namespace qdf::gui::ask
