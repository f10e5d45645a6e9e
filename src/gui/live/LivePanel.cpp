#include "gui/live/LivePanel.h"

#include "core/SafeText.h"
#include "gui/LiveRegion.h"
#include "gui/live/LiveAnswers.h"
#include "gui/live/LiveController.h"
#include "workshop/LiveSession.h"
#include "workshop/QrCode.h"

#include "core/Workbook.h"
#include "core/stores/SectionStore.h"

#include <QActionGroup>
#include <QMenu>
#include <QToolButton>
#include <QEvent>
#include <QHBoxLayout>
#include <QTabWidget>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace qdf::gui {
namespace {

using namespace qdf::workshop;

constexpr int kQuietZone = 4;      // modules of light around the code
constexpr int kQrPixels = 180;     // about this wide: 35 cm on a 2.5 m screen, read from the back
constexpr int kSeatRole = Qt::UserRole + 1;

// "http://192.168.1.20:8024/" as a person types it: the browser adds the rest.
QString shortAddress(const QUrl &url)
{
    return QStringLiteral("%1:%2").arg(url.host()).arg(url.port());
}

} // namespace

QImage LivePanel::qrImage(const QrMatrix &matrix, int scale)
{
    const int side = matrix.size + 2 * kQuietZone;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int y = 0; y < matrix.size; ++y) {
        for (int x = 0; x < matrix.size; ++x) {
            if (matrix.at(x, y))
                image.setPixel(x + kQuietZone, y + kQuietZone, qRgb(0, 0, 0));
        }
    }
    return image.scaled(side * scale, side * scale, Qt::IgnoreAspectRatio, Qt::FastTransformation);
}

LivePanel::LivePanel(LiveController &live, QWidget *parent) : QWidget(parent), m_live(live)
{
    setObjectName(QStringLiteral("livePanel"));
    // All of it in the height a projector's 1280x720 leaves beside the page at presentation size:
    // one line each, and the steps for typed names only while someone waits.
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(4);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("liveTitle"));
    m_title->setWordWrap(true);
    auto *open = new QLabel(tr("Open on a phone, or scan:"), this);
    m_qr = new QLabel(this);
    m_qr->setObjectName(QStringLiteral("liveQr"));
    m_qr->setAlignment(Qt::AlignCenter);
    m_address = new QLabel(this);
    m_address->setObjectName(QStringLiteral("liveAddress"));
    m_address->setAlignment(Qt::AlignCenter);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *codeTitle = new QLabel(tr("Session code:"), this);
    m_code = new QLabel(this);
    m_code->setObjectName(QStringLiteral("liveCode"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_open = new QLabel(this);
    m_open->setObjectName(QStringLiteral("liveOpenDriver"));
    m_open->setWordWrap(true);
    m_scored = new QLabel(this);
    m_scored->setObjectName(QStringLiteral("liveScored"));
    m_scored->setWordWrap(true);
    m_people = new QListWidget(this);
    m_people->setObjectName(QStringLiteral("livePeople"));
    m_people->setAccessibleName(tr("Who has joined, and how many of the open driver's elements each has scored"));
    m_people->setWordWrap(true);
    m_people->setMinimumHeight(3 * m_people->fontMetrics().lineSpacing());
    m_confirm = new QPushButton(tr("Confirm"), this);
    m_confirm->setObjectName(QStringLiteral("liveConfirm"));
    m_confirm->setToolTip(tr("Let the chosen person, who typed their name or joined again, score"));
    m_refuse = new QPushButton(tr("Refuse"), this);
    m_refuse->setObjectName(QStringLiteral("liveRefuse"));
    m_refuse->setToolTip(tr("Remove the chosen join from the session: its device can no longer score"));
    m_next = new QPushButton(tr("Next driver"), this);
    m_next->setObjectName(QStringLiteral("liveNext"));
    m_next->setToolTip(tr("Close the open driver and open the next one"));
    m_reveal = new QPushButton(tr("Reveal"), this);
    m_reveal->setObjectName(QStringLiteral("liveReveal"));
    m_reveal->setToolTip(tr("Close the open driver and show the group's scores of every closed driver"));
    m_stop = new QPushButton(tr("Stop the session"), this);
    m_stop->setObjectName(QStringLiteral("liveStop"));
    m_stop->setToolTip(tr("Stop serving the phones; every score received is already saved"));
    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("liveOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setProperty("role", QStringLiteral("status"));
    makeLiveRegion(m_outcome, Urgency::Polite);

    // An open question: which, how answers are shown, and the answers with Keep.
    // A button with a menu, beside Stop: the panel has no height to spare at 1280x720.
    m_question = new QToolButton(this);
    m_question->setObjectName(QStringLiteral("liveQuestion"));
    m_question->setText(tr("Question"));
    m_question->setAccessibleName(tr("Question open for answers from the phones"));
    m_question->setToolTip(tr("Open a question: participants answer it from their phones, and the answers appear here"));
    m_question->setPopupMode(QToolButton::InstantPopup);
    m_question->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_questionMenu = new QMenu(m_question);
    m_questionMenu->setObjectName(QStringLiteral("liveQuestionMenu"));
    m_question->setMenu(m_questionMenu);
    m_questions = new QActionGroup(this);
    m_questions->setExclusive(true);
    m_answers = new LiveAnswers(m_live, this);  // a tab while a question is open (the tabs take it then)
    m_answers->hide();
    connect(m_answers, &LiveAnswers::kept, this, &LivePanel::step);

    layout->addWidget(m_title);
    layout->addWidget(open);
    layout->addWidget(m_qr);
    layout->addWidget(m_address);
    layout->addWidget(codeTitle);
    layout->addWidget(m_code, 0, Qt::AlignCenter);
    layout->addWidget(m_open);
    layout->addWidget(m_scored);
    // Who joined, and the answers while a question is open: tabs, for the height of a projector.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("liveTabs"));
    m_tabs->setTabBarAutoHide(true);  // one tab (no question open): no tab bar
    m_tabs->setDocumentMode(true);
    m_joinedPage = new QWidget;
    auto *joined = new QVBoxLayout(m_joinedPage);
    joined->setContentsMargins(0, 0, 0, 0);
    joined->addWidget(m_people, 1);
    auto *seats = new QHBoxLayout;
    seats->addWidget(m_confirm);
    seats->addWidget(m_refuse);
    joined->addLayout(seats);
    m_tabs->addTab(m_joinedPage, tr("Joined"));
    layout->addWidget(m_tabs, 1);
    auto *steps = new QHBoxLayout;
    steps->addWidget(m_next);
    steps->addWidget(m_reveal);
    layout->addLayout(steps);
    auto *last = new QHBoxLayout;
    last->addWidget(m_question);
    last->addWidget(m_stop, 1);
    layout->addLayout(last);
    layout->addWidget(m_outcome);

    m_pending.setSingleShot(true);
    m_pending.setInterval(0);
    connect(&m_pending, &QTimer::timeout, this, &LivePanel::refresh);
    connect(&m_live, &LiveController::changed, &m_pending, qOverload<>(&QTimer::start));
    connect(&m_live, &LiveController::started, this, [this] {
        m_outcome->clear();
        m_outcome->hide();
        refresh();
    });
    connect(m_people, &QListWidget::currentItemChanged, this, &LivePanel::refresh);
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (LiveSession *s = m_live.session()) {
            const Outcome o = s->next();
            step(o.ok(), o.message);
            if (o.ok())
                Q_EMIT said(m_open->text());  // which driver the room scores now
        }
    });
    connect(m_reveal, &QPushButton::clicked, this, [this] {
        if (LiveSession *s = m_live.session()) {
            const Outcome o = s->reveal();
            step(o.ok(), o.ok() ? tr("Revealed: the group view shows everyone's scores of the closed drivers.") : o.message);
        }
    });
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (LiveSession *s = m_live.session()) {
            const Outcome o = s->confirm(selectedSeat());
            step(o.ok(), o.message);
        }
    });
    connect(m_refuse, &QPushButton::clicked, this, [this] {
        if (LiveSession *s = m_live.session()) {
            const Outcome o = s->refuse(selectedSeat());
            step(o.ok(), o.message);
        }
    });
    connect(m_stop, &QPushButton::clicked, &m_live, &LiveController::stop);
    connect(m_questions, &QActionGroup::triggered, this, &LivePanel::chooseQuestion);
    fitFonts();
    refresh();
}

QSize LivePanel::sizeHint() const
{
    return {minimumSizeHint().width(), QWidget::sizeHint().height()};
}

QString LivePanel::outcome() const
{
    return m_outcome->text();
}

// A refusal stays in the panel until the next step; what a step did is said once, through the
// window's status bar (a live region), and shows in the panel and the views themselves: the
// panel keeps its height for the code.
void LivePanel::step(bool ok, const QString &message)
{
    if (ok) {
        m_outcome->clear();
        m_outcome->hide();
        if (!message.isEmpty())
            Q_EMIT said(message);
    } else {
        m_outcome->setText(tr("Not done: %1").arg(message));
        m_outcome->show();
        announceChange(m_outcome);
    }
    refresh();
}

QString LivePanel::selectedSeat() const
{
    const QListWidgetItem *item = m_people->currentItem();
    return item ? item->data(kSeatRole).toString() : QString();
}

// The address and the code large enough to read and type from the back of the room, whatever
// the window's zoom or presentation mode.
void LivePanel::fitFonts()
{
    QFont address = font();
    address.setPointSizeF(font().pointSizeF() * 1.4);
    address.setBold(true);
    m_address->setFont(address);
    QFont code = font();
    code.setPointSizeF(font().pointSizeF() * 2.4);
    code.setBold(true);
    code.setLetterSpacing(QFont::AbsoluteSpacing, font().pointSizeF() * 0.4);
    m_code->setFont(code);
}

void LivePanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitFonts();
}

// The CAREMORE sections' questions of the session's workbook, once a session: they do not change
// while it runs (the session holds the workbook).
void LivePanel::fillQuestions()
{
    LiveSession *session = m_live.session();
    const QString of = session ? session->id() : QString();
    if (of == m_questionsOf)
        return;
    m_questionsOf = of;
    for (QAction *a : m_questions->actions())
        delete a;
    m_questionMenu->clear();
    for (QMenu *sub : m_questionMenu->findChildren<QMenu *>(QString(), Qt::FindDirectChildrenOnly))
        delete sub;
    const auto add = [this](QMenu *menu, const QString &text, const QString &data) {
        // Long questions are cut in the menu, whole in the tooltip and for a screen reader.
        QAction *a = menu->addAction(fontMetrics().elidedText(shownSafely(text, false), Qt::ElideRight, 40 * fontMetrics().averageCharWidth()));
        a->setCheckable(true);
        a->setData(data);
        a->setToolTip(text);
        a->setStatusTip(text);
        m_questions->addAction(a);
        return a;
    };
    add(m_questionMenu, tr("No question open"), QString())->setChecked(true);
    m_questionMenu->addSeparator();
    if (!session)
        return;
    SectionStore sections(session->workbook());
    const auto all = sections.list();
    for (const Section &section : all ? *all : QVector<Section>()) {
        if (section.kind != SectionKind::Caremore)
            continue;
        QMenu *sub = m_questionMenu->addMenu(shownSafely(section.title, false));
        const auto questions = sections.questions(section.id);
        for (const Question &q : questions ? *questions : QVector<Question>())
            add(sub, q.text, QStringLiteral("%1/%2").arg(section.key, q.key));
    }
}

QAction *LivePanel::questionAction(const QString &sectionAndQuestion) const
{
    for (QAction *a : m_questions->actions()) {
        if (a->data().toString() == sectionAndQuestion)
            return a;
    }
    return nullptr;
}

void LivePanel::chooseQuestion(QAction *action)
{
    LiveSession *s = m_live.session();
    if (!s)
        return;
    const QString chosen = action->data().toString();
    if (chosen.isEmpty()) {
        if (s->question())
            step(s->closeQuestion().ok(), tr("The question is closed: the phones no longer take answers."));
        return;
    }
    const Outcome o = s->openQuestion(chosen.section(QLatin1Char('/'), 0, 0), chosen.section(QLatin1Char('/'), 1));
    step(o.ok(), o.ok() ? tr("Open for answers from the phones: %1").arg(s->question()->question.text) : o.message);
}

QStringList LivePanel::answerLines() const
{
    return m_answers->lines();
}

QPushButton *LivePanel::keepButton(int row) const
{
    return m_answers->keepButton(row);
}

QCheckBox *LivePanel::anonymousBox() const
{
    return m_answers->anonymousBox();
}

QLabel *LivePanel::keepNote() const
{
    return m_answers->keepNote();
}

// The answers' tab while a question is open, chosen when it opens.
void LivePanel::refreshAnswers()
{
    LiveSession *session = m_live.session();
    m_answers->refresh(m_tabs->width());
    const bool open = session && session->question();
    const int at = m_tabs->indexOf(m_answers);
    if (open && at < 0) {
        m_tabs->setCurrentIndex(m_tabs->addTab(m_answers, QString()));
    } else if (!open && at >= 0) {
        m_tabs->removeTab(at);
    }
    if (open)
        m_tabs->setTabText(m_tabs->indexOf(m_answers), tr("Answers (%1)").arg(m_answers->count()));
}

void LivePanel::refresh()
{
    LiveSession *session = m_live.session();
    for (QWidget *w : std::initializer_list<QWidget *>{m_next, m_reveal, m_stop, m_question})
        w->setEnabled(session != nullptr);
    // A session for open questions only (a section page's "Ask the room…") scores nothing: no
    // driver steps, and the line that names the open driver says so instead.
    const bool scoring = !session || session->hasRound();
    m_next->setVisible(scoring);
    m_reveal->setVisible(scoring);
    m_people->setAccessibleName(scoring ? tr("Who has joined, and how many of the open driver's elements each has scored")
                                        : tr("Who has joined"));
    fillQuestions();
    refreshAnswers();
    if (!session) {
        m_title->setText(tr("No live session"));
        m_qr->clear();
        m_address->clear();
        m_code->clear();
        m_open->clear();
        m_scored->clear();
        m_people->clear();
        m_confirm->hide();
        m_refuse->hide();
        return;
    }
    const QUrl url = m_live.url();
    m_title->setText(session->hasRound() ? tr("Round “%1”").arg(session->round().name) : tr("Open questions"));
    const QString address = shortAddress(url);
    // Smaller while a question is open, for the answers' room: most have joined by then, and it
    // still scans from the room at 20 cm on a 2.5 m screen.
    const bool small = bool(session->question());
    if (m_address->text() != address || small != m_qrSmall) {
        m_qrSmall = small;
        m_address->setText(address);
        m_address->setAccessibleName(tr("Address to open: %1").arg(url.toString()));
        const QrMatrix matrix = qrCode(url.toString().toUtf8());
        if (!matrix.isNull()) {
            const int scale = std::max(2, (small ? kQrPixels * 3 / 5 : kQrPixels) / (matrix.size + 2 * kQuietZone));
            m_qr->setPixmap(QPixmap::fromImage(qrImage(matrix, scale)));
            m_qr->setFixedHeight(m_qr->pixmap().height());  // never cut: a partial code does not scan
        }
        m_qr->setAccessibleName(tr("QR code of the address %1").arg(url.toString()));
    }
    // The question open, as the session has it (a step from the headless routes too).
    {
        const auto &q = session->question();
        if (QAction *open = questionAction(q ? QStringLiteral("%1/%2").arg(q->sectionKey, q->question.key) : QString()))
            open->setChecked(true);
    }
    m_code->setText(session->code());
    // Letters one by one for a screen reader: a code, not a word.
    m_code->setAccessibleName(tr("Session code: %1").arg(session->code().split(QString(), Qt::SkipEmptyParts).join(QLatin1Char(' '))));

    const QString open = session->openDriver();
    const catalyst::Driver *driver = open.isEmpty() ? nullptr : session->pack().driver(open);
    m_open->setText(driver             ? tr("Open for scoring: %1").arg(driver->name)
                    : session->hasRound() ? tr("No driver is open.")
                                          : tr("Open questions only: nothing is scored in this session."));

    // Who has scored how much of the open driver: counts of elements, never a level. The same
    // seats as before keep their items, so a keyboard or screen reader user's place in the list
    // stays while answers arrive.
    const QVector<Seat> seats = session->seats();
    QStringList ids;
    for (const Seat &seat : seats)
        ids << seat.id;
    QStringList shown;
    for (int i = 0; i < m_people->count(); ++i)
        shown << m_people->item(i)->data(kSeatRole).toString();
    const QSignalBlocker block(m_people);
    if (shown != ids) {
        const QString before = selectedSeat();
        m_people->clear();
        for (const QString &id : std::as_const(ids)) {
            auto *item = new QListWidgetItem(m_people);
            item->setData(kSeatRole, id);
            if (id == before)
                m_people->setCurrentItem(item);
        }
    }
    int finished = 0, confirmed = 0;
    for (int i = 0; i < seats.size(); ++i) {
        const Seat &seat = seats[i];
        const QString name = shownSafely(seat.person, false);
        QString line;
        if (!seat.confirmed) {
            line = seat.typed ? tr("%1 (typed the name: waiting to be confirmed)").arg(name)
                              : tr("%1 (joined again from another device: waiting to be confirmed)").arg(name);
        } else {
            ++confirmed;
            int done = 0;
            const QSet<QString> answered = session->answered(seat.person);
            for (const catalyst::Element &e : driver ? driver->elements : QVector<catalyst::Element>())
                done += answered.contains(e.key) ? 1 : 0;
            const int of = driver ? int(driver->elements.size()) : 0;
            line = driver ? tr("%1: %2 of %3").arg(name).arg(done).arg(of) : name;
            if (driver && done == of) {
                ++finished;
                line += QStringLiteral("  ✓");
            }
        }
        if (m_people->item(i)->text() != line)
            m_people->item(i)->setText(line);
    }
    m_scored->setText(driver ? tr("Scored the whole driver: %1 of %2.").arg(finished).arg(confirmed)
                             : tr("%n joined.", nullptr, confirmed));
    bool waiting = false, anyWaiting = false;
    for (const Seat &seat : seats) {
        anyWaiting = anyWaiting || !seat.confirmed;
        if (seat.id == selectedSeat())
            waiting = !seat.confirmed;
    }
    m_confirm->setEnabled(waiting);
    m_refuse->setEnabled(!selectedSeat().isEmpty());
    // Shown while someone waits, or while a join is chosen (to refuse it).
    const bool seatSteps = anyWaiting || !selectedSeat().isEmpty();
    m_confirm->setVisible(seatSteps);
    m_refuse->setVisible(seatSteps);
}

} // namespace qdf::gui
