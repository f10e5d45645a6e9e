#pragma once

#include "core/Domain.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QPushButton;

namespace qdf::gui {

// The two languages of one text, for an editor (the answer box, the Schedule editor): which one
// is being written — Cymraeg, English, or both side by side — what core/Translation.h says of
// each ("Welsh out of date: the English changed on …"), and "Mark as translated". The buttons are
// a labelled group, reached with Tab and chosen with Space; the state is said as it changes.
class LanguageSwitch : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Welsh, English, Both };

    // `what` names the text for a screen reader: "the answer to: …", "Schedule 1.2".
    LanguageSwitch(const QString &what, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    // The mode a text opens in: both side by side where it has both, else the language it has,
    // else the language the window speaks.
    static Mode startingMode(const Bilingual &texts);
    // Shows each language's state where both are written; Mark as translated only where one is
    // behind or not yet marked.
    void showTexts(const Bilingual &texts, bool editable);
    QString stateText() const;
    QPushButton *markButton() const { return m_mark; }

Q_SIGNALS:
    void modeChanged(qdf::gui::LanguageSwitch::Mode mode);
    void markRequested();

private:
    Mode m_mode = Mode::English;
    QButtonGroup *m_group = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_mark = nullptr;
};

// Whether an editor in `mode` shows `language`.
inline bool shows(LanguageSwitch::Mode mode, Language language)
{
    return mode == LanguageSwitch::Mode::Both || (mode == LanguageSwitch::Mode::Welsh) == (language == Language::Welsh);
}

} // namespace qdf::gui
