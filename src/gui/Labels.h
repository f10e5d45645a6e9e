#pragma once

#include <QLabel>

namespace qdf::gui {

// A visible label tied to the control it names (QLabel::setBuddy): the screen reader reads it
// with the control (AT-SPI "labelled by"), and Qt on Linux names a combo box by its value alone
// ("Done"), so a combo box without one is read as a bare value. Made beside the control, in its
// parent widget, where Qt looks for it.
inline QLabel *labelFor(QWidget *control, const QString &text)
{
    auto *label = new QLabel(text, control->parentWidget());
    label->setBuddy(control);
    return label;
}

} // namespace qdf::gui
