#include "gui/schedule/ScheduleDialog.h"

#include "core/TextDiff.h"
#include "core/Translation.h"
#include "core/Workbook.h"
#include "core/stores/ScheduleStore.h"
#include "core/sync/Sync.h"
#include "gui/app/Ask.h"
#include "gui/LanguageSwitch.h"
#include "gui/schedule/LiveView.h"
#include "gui/session/WorkbookSession.h"
#include "gui/LiveRegion.h"
#include "gui/Labels.h"
#include "gui/Colours.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace qdf::gui {
namespace {

constexpr int kSaveDelayMs = 1500;   // a pause in typing
constexpr int kHistoryTab = 2;

QString moveLabel(Maturity to)
{
    switch (to) {
    case Maturity::Draft: return ScheduleDialog::tr("Send back to draft");
    case Maturity::Ready: return ScheduleDialog::tr("Put forward for sign-off");
    case Maturity::SignedOff: return ScheduleDialog::tr("Mark as signed off");
    case Maturity::Adopted: return ScheduleDialog::tr("Adopt into the Framework");
    }
    return {};
}

// One side of a comparison as HTML: user text escaped, the other side's runs left out.
QString sideHtml(const QVector<DiffRun> &runs, DiffRun::Kind hidden, DiffRun::Kind marked, const QString &style)
{
    QString html;
    for (const DiffRun &run : runs) {
        if (run.kind == hidden)
            continue;
        QString text = run.text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
        if (run.kind == marked)
            text = QStringLiteral("<span style=\"%1\">%2</span>").arg(style, text);
        html += text;
    }
    return html;
}

} // namespace

ScheduleDialog::ScheduleDialog(WorkbookSession &session, const QString &uuid, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("scheduleDialog"));
    resize(980, 680);
    m_sittingStart = session.workbook().info().revision;
    auto found = ScheduleStore(session.workbook()).find(uuid);
    if (found)
        m_schedule = *found;
    else
        Q_EMIT session.failed(found.error().message);  // shown in the window; nothing here is editable
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setProperty("role", QStringLiteral("title"));
    layout->addWidget(m_heading);
    m_authors = new QLabel(this);
    m_authors->setObjectName(QStringLiteral("authors"));
    m_authors->setWordWrap(true);
    layout->addWidget(m_authors);
    m_lockNote = new QLabel(this);
    m_lockNote->setObjectName(QStringLiteral("lockNote"));
    m_lockNote->setProperty("role", QStringLiteral("guidance"));
    m_lockNote->setWordWrap(true);
    layout->addWidget(m_lockNote);

    auto *tabs = m_tabs = new QTabWidget(this);
    tabs->setAccessibleName(tr("The Schedule: text, maturity and sign-off, history"));
    layout->addWidget(tabs, 1);

    // Text, in Welsh, English or both side by side
    auto *textTab = new QWidget(tabs);
    auto *textLayout = new QVBoxLayout(textTab);
    m_languages = new LanguageSwitch(tr("Schedule %1").arg(m_schedule.number), textTab);
    textLayout->addWidget(m_languages);
    auto *columns = new QHBoxLayout;
    for (Language l : translation::kBoth) {
        const bool welsh = l == Language::Welsh;
        Fields &f = fields(l);
        f.column = new QWidget(textTab);
        auto *form = new QFormLayout(f.column);
        form->setContentsMargins(0, 0, 0, 0);
        f.title = new QLineEdit(f.column);
        f.title->setObjectName(welsh ? QStringLiteral("scheduleTitleCy") : QStringLiteral("scheduleTitle"));
        f.title->setAccessibleName(welsh ? tr("Schedule title in Welsh") : tr("Schedule title"));
        form->addRow(welsh ? tr("Title in &Welsh:") : tr("&Title:"), f.title);
        auto *bodyRow = new QHBoxLayout;
        f.body = new QPlainTextEdit(f.column);
        f.body->setObjectName(welsh ? QStringLiteral("scheduleBodyCy") : QStringLiteral("scheduleBody"));
        f.body->setAccessibleName(welsh ? tr("Schedule text in Welsh (Markdown)") : tr("Schedule text (Markdown)"));
        f.body->setTabChangesFocus(true);
        f.live = new LiveView(f.body, f.column);
        f.live->setWorkbook(&m_session.workbook());
        bodyRow->addWidget(f.body, 1);
        bodyRow->addWidget(f.live, 1);
        form->addRow(bodyRow);
        columns->addWidget(f.column, 1);
        connect(f.body, &QPlainTextEdit::textChanged, this, &ScheduleDialog::edited);
        connect(f.title, &QLineEdit::textEdited, this, &ScheduleDialog::edited);
    }
    textLayout->addLayout(columns, 1);
    auto *saveRow = new QHBoxLayout;
    m_saveState = new QLabel(textTab);
    m_saveState->setObjectName(QStringLiteral("saveState"));
    m_saveState->setProperty("role", QStringLiteral("status"));
    m_saveState->setWordWrap(true);
    saveRow->addWidget(m_saveState, 1);
    m_save = new QPushButton(tr("&Save now"), textTab);
    m_save->setObjectName(QStringLiteral("saveSchedule"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Your typing is saved as you go; one sitting in the editor makes one version."));
    saveRow->addWidget(m_save);
    textLayout->addLayout(saveRow);
    tabs->addTab(textTab, tr("Te&xt"));
    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &ScheduleDialog::saveVersion);
    connect(m_save, &QPushButton::clicked, this, &ScheduleDialog::saveVersion);
    m_languages->setMode(LanguageSwitch::startingMode(m_schedule.texts));
    connect(m_languages, &LanguageSwitch::modeChanged, this, [this] {
        saveVersion();  // what was typed in the language put away is saved first
        showMode();
    });
    connect(m_languages, &LanguageSwitch::markRequested, this, &ScheduleDialog::markTranslated);
    connect(tabs, &QTabWidget::currentChanged, this, &ScheduleDialog::saveVersion);
    connect(tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == kHistoryTab && m_comparisonStale)
            compare(m_older->currentData().toInt(), m_newer->currentData().toInt());
    });
    session.registerPending(this, [this] { return saveVersion(); });
    connect(&session, &WorkbookSession::schedulesChanged, this, &ScheduleDialog::reload);

    // Maturity and sign-off
    auto *signTab = new QWidget(tabs);
    auto *signLayout = new QVBoxLayout(signTab);
    m_sign = new QPushButton(signTab);
    m_sign->setObjectName(QStringLiteral("signSchedule"));
    connect(m_sign, &QPushButton::clicked, this, &ScheduleDialog::signOff);
    m_moves = new QVBoxLayout;
    signLayout->addLayout(m_moves);
    signLayout->addWidget(m_sign);
    signLayout->addWidget(new QLabel(tr("Signed by:"), signTab));
    m_signOffs = new QListWidget(signTab);
    m_signOffs->setObjectName(QStringLiteral("signOffs"));
    m_signOffs->setAccessibleName(tr("Sign-offs"));
    signLayout->addWidget(m_signOffs, 1);
    tabs->addTab(signTab, tr("&Maturity and sign-off"));

    // History
    auto *historyTab = new QWidget(tabs);
    auto *historyLayout = new QVBoxLayout(historyTab);
    auto *pick = new QHBoxLayout;
    m_older = new QComboBox(historyTab);
    m_older->setObjectName(QStringLiteral("olderVersion"));
    m_older->setAccessibleName(tr("Older version"));
    m_newer = new QComboBox(historyTab);
    m_newer->setObjectName(QStringLiteral("newerVersion"));
    m_newer->setAccessibleName(tr("Newer version"));
    pick->addWidget(labelFor(m_older, tr("Compare")));
    pick->addWidget(m_older);
    pick->addWidget(labelFor(m_newer, tr("with")));
    pick->addWidget(m_newer);
    pick->addStretch(1);
    historyLayout->addLayout(pick);
    auto *sides = new QHBoxLayout;
    m_left = new QTextBrowser(historyTab);
    m_left->setAccessibleName(tr("Older version, removed words struck through"));
    m_right = new QTextBrowser(historyTab);
    m_right->setAccessibleName(tr("Newer version, added words underlined"));
    sides->addWidget(m_left);
    sides->addWidget(m_right);
    historyLayout->addLayout(sides, 1);
    tabs->addTab(historyTab, tr("&History"));
    auto compareChosen = [this] { compare(m_older->currentData().toInt(), m_newer->currentData().toInt()); };
    connect(m_older, &QComboBox::activated, this, compareChosen);
    connect(m_newer, &QComboBox::activated, this, compareChosen);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    reload();
    showMode();
}

Language ScheduleDialog::primary() const
{
    switch (m_languages->mode()) {
    case LanguageSwitch::Mode::Welsh: return Language::Welsh;
    case LanguageSwitch::Mode::English: return Language::English;
    case LanguageSwitch::Mode::Both: break;
    }
    return m_schedule.language;
}

void ScheduleDialog::showMode()
{
    const LanguageSwitch::Mode mode = m_languages->mode();
    for (Language l : translation::kBoth) {
        Fields &f = fields(l);
        f.column->setVisible(shows(mode, l));
        // Side by side, the two languages take the room; one alone has its live view beside it.
        f.live->setVisible(mode != LanguageSwitch::Mode::Both);
        if (f.live->isVisibleTo(this))
            f.live->refresh();
    }
}

bool ScheduleDialog::differs(Language language) const
{
    const Fields &f = fields(language);
    const LanguageText &saved = m_schedule.texts.in(language);
    return f.title->text() != saved.title || f.body->toPlainText() != saved.body;
}

bool ScheduleDialog::markTranslated()
{
    if (!saveVersion())
        return false;
    const bool ok = m_session.markScheduleTranslated(m_schedule);
    reload();
    return ok;
}

bool ScheduleDialog::isEditable() const
{
    const Workbook &wb = m_session.workbook();
    return !m_schedule.uuid.isEmpty() && !wb.isReadOnly() && (wb.isMaster() || !isLocked(m_schedule.maturity));
}

bool ScheduleDialog::hasUnsavedChanges() const
{
    return isEditable() && (differs(Language::Welsh) || differs(Language::English));
}

QString ScheduleDialog::saveState() const
{
    return m_saveState->text();
}

void ScheduleDialog::showSaveState(const QString &text, bool error)
{
    m_saveState->setProperty("role", error ? QStringLiteral("error") : QStringLiteral("status"));
    m_saveState->style()->unpolish(m_saveState);
    m_saveState->style()->polish(m_saveState);
    m_saveState->setText(text);
}

void ScheduleDialog::edited()
{
    if (m_loading)
        return;
    if (!hasUnsavedChanges())
        return;
    m_session.noteTyping();
    showSaveState(tr("Unsaved changes: saved when you pause"), false);
    m_saveTimer->start();
}

void ScheduleDialog::reload()
{
    if (m_schedule.uuid.isEmpty())
        return;
    const bool typing = m_textShown && hasUnsavedChanges();
    auto found = ScheduleStore(m_session.workbook()).find(m_schedule.uuid);
    if (!found) {
        showSaveState(tr("This Schedule cannot be read: %1").arg(found.error().message), true);
        return;
    }
    m_schedule = *found;
    setWindowTitle(tr("Schedule %1").arg(m_schedule.number));
    m_heading->setText(tr("Schedule %1 · %2 · version %3")
                           .arg(m_schedule.number, maturityTitle(m_schedule.maturity))
                           .arg(m_schedule.version));
    // Sync records everyone whose change this version is (the same edit from two people, or a merge).
    const auto authors = sync::SyncStore(m_session.workbook()).authors(QStringLiteral("schedule:") + m_schedule.uuid);
    const QStringList names = authors ? *authors : QStringList();
    m_authors->setText(names.size() > 1 ? tr("This version is the work of %1.").arg(QLocale().createSeparatedList(names))
                                        : QString());
    m_authors->setVisible(names.size() > 1);
    // What is being typed stays on screen; it is saved over the newer version with the next pause.
    if (!typing) {
        // Set only what differs: resetting the same text would throw the cursor to the start.
        m_loading = true;
        for (Language l : translation::kBoth) {
            Fields &f = fields(l);
            const LanguageText &saved = m_schedule.texts.in(l);
            if (f.title->text() != saved.title)
                f.title->setText(saved.title);
            if (f.body->toPlainText() != saved.body) {
                f.body->setPlainText(saved.body);
                f.live->refresh();
            }
        }
        m_loading = false;
        m_textShown = true;
        showSaveState(tr("All changes saved (version %1, %2)")
                          .arg(m_schedule.version)
                          .arg(QLocale().toString(m_schedule.change.at.toLocalTime(), QLocale::ShortFormat)),
                      false);
    }
    const bool editable = isEditable();
    for (Fields &f : m_fields) {
        f.title->setReadOnly(!editable);
        f.body->setReadOnly(!editable);
    }
    m_save->setEnabled(editable);
    m_languages->showTexts(m_schedule.texts, editable);
    if (m_session.workbook().isReadOnly())
        m_lockNote->setText(tr("This workbook is open read-only."));
    else if (!editable)
        m_lockNote->setText(tr("This Schedule is “%1”. Only the production team can change it, in the master copy; "
                               "a change there starts a new draft version.")
                                .arg(maturityTitle(m_schedule.maturity)));
    else if (isLocked(m_schedule.maturity))
        m_lockNote->setText(tr("This Schedule is “%1”. Saving a change starts a new draft version; the signed "
                               "version stays in the history.")
                                .arg(maturityTitle(m_schedule.maturity)));
    else
        m_lockNote->clear();
    ScheduleStore store(m_session.workbook());
    const auto signOffs = store.signOffs(m_schedule.uuid);
    if (!signOffs) {
        showSaveState(signOffs.error().message, true);
        return;
    }
    rebuildMoves(*signOffs);
    m_signOffs->clear();
    for (const SignOff &o : *signOffs) {
        m_signOffs->addItem(tr("%1, %2 — version %3, %4")
                                .arg(o.signer.name, o.signer.organisation)
                                .arg(o.version)
                                .arg(QLocale().toString(o.signedAt.toLocalTime(), QLocale::ShortFormat)));
    }
    if (signOffs->isEmpty())
        m_signOffs->addItem(tr("Nobody has signed this Schedule yet."));
    m_sign->setText(tr("Sign off version %1 as %2").arg(m_schedule.version).arg(m_session.workbook().info().owner.name));
    m_sign->setEnabled(m_schedule.maturity == Maturity::Ready && !m_session.workbook().isReadOnly());

    const auto versions = store.versions(m_schedule.uuid);
    if (!versions) {
        showSaveState(versions.error().message, true);
        return;
    }
    m_older->clear();
    m_newer->clear();
    for (const ScheduleVersion &v : *versions) {
        const QString label = tr("Version %1 (%2, %3)")
                                  .arg(v.version)
                                  .arg(v.change.by, QLocale().toString(v.change.at.toLocalTime(), QLocale::ShortFormat));
        m_older->addItem(label, v.version);
        m_newer->addItem(label, v.version);
    }
    if (!versions->isEmpty()) {
        m_newer->setCurrentIndex(0);
        m_older->setCurrentIndex(versions->size() > 1 ? 1 : 0);
        // Compared when the History tab is shown: a word diff of a long Schedule's versions takes
        // a noticeable moment, and every save reloads.
        m_comparisonStale = true;
        if (m_tabs->currentIndex() == kHistoryTab)
            compare(m_older->currentData().toInt(), m_newer->currentData().toInt());
    }
}

void ScheduleDialog::rebuildMoves(const QVector<SignOff> &signOffs)
{
    while (QLayoutItem *item = m_moves->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto *current = new QLabel(tr("Now: %1").arg(maturityTitle(m_schedule.maturity)), this);
    current->setObjectName(QStringLiteral("maturityNow"));
    current->setProperty("role", QStringLiteral("heading"));
    makeLiveRegion(current, Urgency::Polite);  // a move is said where the reader is
    m_moves->addWidget(current);
    // Shown now, not at the next layout pass: the focus and the screen reader need them at once.
    if (m_sign->isVisible())
        current->show();
    if (m_session.workbook().isReadOnly())
        return;
    QWidget *previous = m_tabs->tabBar();
    const bool signedNow = std::any_of(signOffs.cbegin(), signOffs.cend(),
                                       [this](const SignOff &o) { return o.version == m_schedule.version; });
    for (Maturity to : {Maturity::Ready, Maturity::SignedOff, Maturity::Adopted, Maturity::Draft}) {
        if (!isAllowedMove(m_schedule.maturity, to) || (to == Maturity::Adopted && !m_session.workbook().isMaster()))
            continue;
        auto *button = new QPushButton(moveLabel(to), this);
        button->setObjectName(QStringLiteral("moveTo-%1").arg(maturitySlug(to)));
        if (to == Maturity::SignedOff && !signedNow) {
            button->setEnabled(false);
            button->setToolTip(tr("Needs at least one sign-off of version %1 first.").arg(m_schedule.version));
        }
        connect(button, &QPushButton::clicked, this, [this, to] { moveTo(to); });
        m_moves->addWidget(button);
        if (m_sign->isVisible())
            button->show();
        // Made after the rest of the tab, so Tab would reach them last: the order of the screen.
        setTabOrder(previous, button);
        previous = button;
    }
    setTabOrder(previous, m_sign);
    setTabOrder(m_sign, m_signOffs);
}

bool ScheduleDialog::saveVersion()
{
    m_saveTimer->stop();
    if (!hasUnsavedChanges())
        return true;
    // Each language that changed, the language the Schedule is in first (its title names it).
    for (Language l : {m_schedule.language, translation::other(m_schedule.language)}) {
        if (!differs(l))
            continue;
        const Fields &f = fields(l);
        if (!m_session.editScheduleIn(m_schedule, l, f.title->text(), f.body->toPlainText(), m_sittingStart)) {
            // The window's banner says why; the text stays here and is saved with the next change.
            showSaveState(tr("Not saved yet. Your text is kept here and will be saved when possible."), true);
            return false;
        }
    }
    reload();
    return true;
}

void ScheduleDialog::reject()
{
    if (!saveVersion()) {
        const auto answer = ask::question(
            this, tr("Changes not saved"),
            tr("Your changes to Schedule %1 could not be saved (the window says why). Keep editing to try again or to "
               "copy your text somewhere safe, or discard them.")
                .arg(m_schedule.number),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

bool ScheduleDialog::moveTo(Maturity to)
{
    if (!saveVersion())  // the version that moves is the one on screen
        return false;
    const bool ok = m_session.moveSchedule(m_schedule, to);
    reload();
    if (ok) {
        if (auto *now = findChild<QLabel *>(QStringLiteral("maturityNow")))
            announceChange(now);
    }
    // The button pressed is gone with the old maturity: focus goes to what can be done next.
    for (int i = 0; i < m_moves->count(); ++i) {
        if (auto *next = qobject_cast<QPushButton *>(m_moves->itemAt(i)->widget()); next && next->isEnabled()) {
            next->setFocus();
            return ok;
        }
    }
    (m_sign->isEnabled() ? static_cast<QWidget *>(m_sign) : m_signOffs)->setFocus();
    return ok;
}

bool ScheduleDialog::signOff()
{
    if (!saveVersion())
        return false;
    const bool ok = m_session.signSchedule(m_schedule);
    reload();
    return ok;
}

void ScheduleDialog::compare(int olderVersion, int newerVersion)
{
    m_comparisonStale = false;
    QString older, newer;
    const auto versions = ScheduleStore(m_session.workbook()).versions(m_schedule.uuid);
    if (!versions) {
        m_left->setPlainText(versions.error().message);
        m_right->clear();
        return;
    }
    // A version holds both languages: each is compared, under its name, where either version has it.
    QVector<Language> languages;
    for (const ScheduleVersion &v : *versions) {
        for (Language l : translation::kBoth) {
            if ((v.version == olderVersion || v.version == newerVersion) && v.texts.in(l).isWritten() && !languages.contains(l))
                languages << l;
        }
    }
    const auto textOf = [&](const ScheduleVersion &v) {
        if (languages.size() < 2)
            return v.title + QStringLiteral("\n\n") + v.body;
        QStringList parts;
        for (Language l : translation::kBoth)
            parts << translation::languageName(l) + QStringLiteral(":\n") + v.texts.in(l).title + QStringLiteral("\n\n") + v.texts.in(l).body;
        return parts.join(QStringLiteral("\n\n"));
    };
    for (const ScheduleVersion &v : *versions) {
        if (v.version == olderVersion)
            older = textOf(v);
        if (v.version == newerVersion)
            newer = textOf(v);
    }
    const auto runs = diffWords(older, newer);
    // Struck through and underlined, not only tinted: the marks read without colour, and Qt passes
    // them to a screen reader as the text's attributes (line-through, underline).
    const QPalette &p = palette();
    const auto marked = [&p](colours::Tint tint, colours::Tone tone, const char *decoration) {
        const QColor fill = colours::tint(p, tint);
        return QStringLiteral("background:%1; color:%2; text-decoration:%3")
            .arg(colours::css(fill), colours::css(colours::readableOn(fill, colours::text(p, tone))), QLatin1String(decoration));
    };
    m_left->setHtml(sideHtml(runs, DiffRun::Kind::Added, DiffRun::Kind::Removed,
                             marked(colours::Tint::Negative, colours::Tone::Removed, "line-through")));
    m_right->setHtml(sideHtml(runs, DiffRun::Kind::Removed, DiffRun::Kind::Added,
                              marked(colours::Tint::Positive, colours::Tone::Added, "underline")));
}

void ScheduleDialog::showTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

QString ScheduleDialog::comparisonHtml(bool newer) const
{
    return (newer ? m_right : m_left)->toPlainText();
}

} // namespace qdf::gui
