#include "gui/LanguageSwitch.h"

#include "core/Translation.h"
#include "core/i18n/Language.h"
#include "gui/LiveRegion.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace qdf::gui {

LanguageSwitch::LanguageSwitch(const QString &what, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("languageSwitch"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    auto *languages = new QWidget(this);
    languages->setObjectName(QStringLiteral("textLanguages"));
    languages->setAccessibleName(tr("Language of %1").arg(what));
    auto *buttons = new QHBoxLayout(languages);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(0);
    m_group = new QButtonGroup(this);
    // Each language by its own name, so that a person who cannot read the other finds theirs.
    const struct {
        Mode mode;
        QString label;
        QString name;
        const char *object;
    } choices[] = {
        {Mode::Welsh, language::nativeName(QStringLiteral("cy")), tr("Write %1 in Welsh").arg(what), "writeWelsh"},
        {Mode::English, language::nativeName(QStringLiteral("en")), tr("Write %1 in English").arg(what), "writeEnglish"},
        {Mode::Both, tr("Both, side by side"), tr("Write %1 in Welsh and English side by side").arg(what), "writeBoth"},
    };
    for (const auto &c : choices) {
        auto *button = new QPushButton(c.label, languages);
        button->setObjectName(QLatin1String(c.object));
        button->setCheckable(true);
        button->setAccessibleName(c.name);
        button->setProperty("role", QStringLiteral("segment"));
        m_group->addButton(button, int(c.mode));
        buttons->addWidget(button);
    }
    m_group->setExclusive(true);
    m_group->button(int(m_mode))->setChecked(true);
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
        setMode(Mode(id));
        Q_EMIT modeChanged(m_mode);
    });
    row->addWidget(languages);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("translationState"));
    m_state->setProperty("role", QStringLiteral("status"));
    m_state->setWordWrap(true);
    makeLiveRegion(m_state, Urgency::Polite);
    row->addWidget(m_state, 1);
    m_mark = new QPushButton(tr("Mark as translated"), this);
    m_mark->setObjectName(QStringLiteral("markTranslated"));
    m_mark->setAccessibleName(tr("Mark %1 as translated: the Welsh and the English say the same").arg(what));
    m_mark->setToolTip(tr("The Welsh and the English say the same as they are now: neither shows as out of date until one "
                          "of them changes."));
    connect(m_mark, &QPushButton::clicked, this, &LanguageSwitch::markRequested);
    row->addWidget(m_mark);
}

void LanguageSwitch::setMode(Mode mode)
{
    m_mode = mode;
    if (QAbstractButton *b = m_group->button(int(mode)); b && !b->isChecked())
        b->setChecked(true);
}

LanguageSwitch::Mode LanguageSwitch::startingMode(const Bilingual &texts)
{
    if (texts.welsh.isWritten() && texts.english.isWritten())
        return Mode::Both;
    if (texts.welsh.isWritten())
        return Mode::Welsh;
    if (texts.english.isWritten())
        return Mode::English;
    return language::current() == QLatin1String("cy") ? Mode::Welsh : Mode::English;
}

void LanguageSwitch::showTexts(const Bilingual &texts, bool editable)
{
    // Said only where both languages are written: a text in one language alone has no translation
    // to follow (the buttons say which it is in).
    const QString text = translation::summary(texts);
    if (text != m_state->text()) {
        m_state->setText(text);
        announceChange(m_state);
    }
    m_mark->setVisible(editable && translation::needsAttention(texts));
}

QString LanguageSwitch::stateText() const
{
    return m_state->text();
}

} // namespace qdf::gui
