#include "gui/sync/MergeReviewDialog.h"

#include "core/SafeText.h"
#include "core/Search.h"
#include "core/Workbook.h"
#include "core/stores/AnswerStore.h"
#include "core/stores/SectionStore.h"
#include "core/sync/ItemNames.h"
#include "gui/Colours.h"
#include "gui/sync/SignerKeys.h"
#include "gui/sync/DiffPanes.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace qdf::gui {

using namespace qdf::sync;

namespace {

QPlainTextEdit *side(const QString &name, bool editable, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setAccessibleName(name);
    edit->setReadOnly(!editable);
    edit->setTabChangesFocus(true);
    return edit;
}

// A name, a title or a message quoting them, on one line: nothing in it may disguise itself or
// another (core/SafeText.h).
QString shown(const QString &text)
{
    return shownSafely(text, false);
}

QWidget *titled(const QString &title, QWidget *content, QWidget *parent, QLabel **made = nullptr)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(title, box);
    label->setTextFormat(Qt::PlainText);  // it names people: never read as markup
    label->setProperty("role", QStringLiteral("question"));
    label->setBuddy(content);
    if (made)
        *made = label;
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return box;
}

} // namespace

MergeReviewDialog::MergeReviewDialog(Workbook &workbook, const QStringList &files, QWidget *parent)
    : QDialog(parent), m_workbook(workbook), m_files(files)
{
    setObjectName(QStringLiteral("mergeReview"));
    setWindowTitle(files.isEmpty() ? tr("Review conflicts and contributions") : tr("Import"));
    resize(1100, 720);
    auto *layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    // The summary, before anything changes.
    auto *summaryPage = new QWidget(m_pages);
    auto *summaryLayout = new QVBoxLayout(summaryPage);
    auto *intro = new QLabel(tr("What each file brings. Nothing has changed yet: Import takes them in, one after another, "
                                "after a backup of this workbook; each import can be undone later as a whole."),
                             summaryPage);
    intro->setWordWrap(true);
    m_summary = new QTableWidget(summaryPage);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setAccessibleName(tr("What each file brings"));
    m_summary->setColumnCount(9);
    m_summary->setHorizontalHeaderLabels({tr("File"), tr("From"), tr("New"), tr("Fast-forward"), tr("Merged"), tr("Conflicting"),
                                          tr("Already had"), tr("Contributions"), tr("Held back by a rule")});
    m_summary->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summary->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_summary->verticalHeader()->hide();
    m_summary->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setWordWrap(true);
    m_progress = new QProgressBar(summaryPage);
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setRange(0, int(qMax<qsizetype>(1, files.size())));
    m_progress->setValue(0);
    auto *buttons = new QDialogButtonBox(summaryPage);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    summaryLayout->addWidget(intro);
    summaryLayout->addWidget(m_summary, 1);
    m_signers = new SignerKeys(workbook, summaryPage);
    summaryLayout->addWidget(m_signers);
    // A key confirmed or accepted changes what the files would do: the summary is worked out again.
    connect(m_signers, &SignerKeys::confirmed, this, &MergeReviewDialog::preview);
    summaryLayout->addWidget(m_progress);
    summaryLayout->addWidget(buttons);
    m_pages->addWidget(summaryPage);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, [this] {
        importAll();
        showReview();
    });

    // The review: conflicts, then contributions.
    m_review = new QTabWidget(m_pages);
    m_review->setAccessibleName(tr("What waits: conflicts and contributions"));
    auto *conflictPage = new QWidget(m_review);
    auto *conflictLayout = new QHBoxLayout(conflictPage);
    m_conflicts = new QListWidget(conflictPage);
    m_conflicts->setObjectName(QStringLiteral("conflictList"));
    m_conflicts->setAccessibleName(tr("Conflicts waiting for a decision"));
    m_conflicts->setMinimumWidth(230);
    m_conflicts->setMaximumWidth(300);
    m_conflicts->setWordWrap(true);
    auto *detail = new QWidget(conflictPage);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_conflictTitle = new QLabel(detail);
    m_conflictTitle->setTextFormat(Qt::PlainText);  // an item's name is never read as markup
    m_conflictTitle->setProperty("role", QStringLiteral("heading"));
    m_conflictTitle->setWordWrap(true);
    m_base = side(tr("Base: the version both started from"), false, detail);
    const QString oursTitle = tr("This workbook — %1").arg(shown(m_workbook.info().owner.name));
    m_ours = side(oursTitle, false, detail);
    m_theirs = side(tr("Their version"), false, detail);
    m_result = side(tr("Merged result"), true, detail);
    m_result->setObjectName(QStringLiteral("mergedResult"));
    auto *grid = new QGridLayout;
    grid->addWidget(titled(tr("Base (both started from this)"), m_base, detail), 0, 0);
    grid->addWidget(titled(oursTitle, m_ours, detail), 0, 1);
    grid->addWidget(titled(tr("Theirs"), m_theirs, detail, &m_theirsTitle), 1, 0);
    m_diff = new DiffPanes(m_base, m_ours, m_theirs, m_result, this);
    // Between the marked differences of the pane in use (the result if the list has the focus).
    for (const bool forward : {true, false}) {
        auto *key = new QShortcut(forward ? QKeySequence(Qt::Key_F7) : QKeySequence(Qt::SHIFT | Qt::Key_F7), conflictPage);
        key->setContext(Qt::WidgetWithChildrenShortcut);
        connect(key, &QShortcut::activated, this, [this, forward] { m_diff->move(m_diff->paneInUse(), forward); });
    }
    grid->addWidget(titled(tr("&Result (edit it, then Ctrl+Return)"), m_result, detail), 1, 1);
    auto *decide = new QHBoxLayout;
    auto *keepOurs = new QPushButton(tr("Keep &ours"), detail);
    auto *takeTheirs = new QPushButton(tr("Take &theirs"), detail);
    auto *takeBase = new QPushButton(tr("Take &base"), detail);
    auto *useResult = new QPushButton(tr("&Use the result"), detail);
    useResult->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    for (QPushButton *b : {keepOurs, takeTheirs, takeBase, useResult})
        decide->addWidget(b);
    decide->addStretch();
    auto *keys = new QLabel(tr("In the list: O keeps ours, T takes theirs, B takes the base; Ctrl+Return uses the result. "
                               "F7 and Shift+F7: the next and previous difference."),
                            detail);
    keys->setWordWrap(true);
    keys->setProperty("role", QStringLiteral("guidance"));
    decide->addWidget(keys);
    m_conflicts->installEventFilter(this);
    detailLayout->addWidget(m_conflictTitle);
    detailLayout->addLayout(grid, 1);
    detailLayout->addLayout(decide);
    conflictLayout->addWidget(m_conflicts);
    conflictLayout->addWidget(detail, 1);
    m_review->addTab(conflictPage, tr("&Conflicts"));
    connect(m_conflicts, &QListWidget::currentRowChanged, this, &MergeReviewDialog::showConflict);
    connect(keepOurs, &QPushButton::clicked, this, [this] { resolveCurrent(Take::Ours); });
    connect(takeTheirs, &QPushButton::clicked, this, [this] { resolveCurrent(Take::Theirs); });
    connect(takeBase, &QPushButton::clicked, this, [this] { resolveCurrent(Take::Base); });
    connect(useResult, &QPushButton::clicked, this, [this] { resolveCurrent(Take::Edited); });

    auto *answersPage = new QWidget(m_review);
    auto *answersLayout = new QHBoxLayout(answersPage);
    m_questions = new QListWidget(answersPage);
    m_questions->setObjectName(QStringLiteral("contributedQuestions"));
    m_questions->setAccessibleName(tr("Questions with contributions"));
    m_questions->setMinimumWidth(260);
    m_questions->setMaximumWidth(320);
    m_questions->setWordWrap(true);
    auto *compose = new QWidget(answersPage);
    auto *composeLayout = new QVBoxLayout(compose);
    composeLayout->setContentsMargins(0, 0, 0, 0);
    m_offered = new QListWidget(compose);
    m_offered->setObjectName(QStringLiteral("contributions"));
    m_offered->setAccessibleName(tr("Contributions to this question, with who sent them"));
    m_offered->setWordWrap(true);
    m_answer = side(tr("The answer"), true, compose);
    m_answer->setObjectName(QStringLiteral("composedAnswer"));
    auto *composeBar = new QHBoxLayout;
    auto *take = new QPushButton(tr("Take this &one"), compose);
    auto *append = new QPushButton(tr("A&dd it to the answer"), compose);
    auto *save = new QPushButton(tr("&Save the answer"), compose);
    for (QPushButton *b : {take, append, save})
        composeBar->addWidget(b);
    composeBar->addStretch();
    composeLayout->addWidget(titled(tr("What people sent"), m_offered, compose), 1);
    composeLayout->addWidget(titled(tr("The answer (compose it from theirs)"), m_answer, compose), 1);
    composeLayout->addLayout(composeBar);
    answersLayout->addWidget(m_questions);
    answersLayout->addWidget(compose, 1);
    m_review->addTab(answersPage, tr("&Answers"));
    connect(m_questions, &QListWidget::currentRowChanged, this, &MergeReviewDialog::showQuestion);
    const auto offered = [this]() -> QString {
        const int row = m_offered->currentRow();
        return row >= 0 ? m_offered->item(row)->data(Qt::UserRole).toString() : QString();
    };
    connect(take, &QPushButton::clicked, this, [this, offered] { m_answer->setPlainText(offered()); });
    connect(append, &QPushButton::clicked, this, [this, offered] {
        const QString text = offered();
        m_answer->setPlainText(m_answer->toPlainText().isEmpty() ? text : m_answer->toPlainText() + QStringLiteral("\n\n") + text);
    });
    connect(save, &QPushButton::clicked, this, &MergeReviewDialog::saveAnswer);

    auto *reviewPage = new QWidget(m_pages);
    auto *reviewLayout = new QVBoxLayout(reviewPage);
    reviewLayout->addWidget(m_review, 1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, reviewPage);
    close->setObjectName(QStringLiteral("reviewButtons"));
    close->button(QDialogButtonBox::Close)->setText(tr("Close (what is left waits for later)"));
    reviewLayout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    m_pages->addWidget(reviewPage);

    if (files.isEmpty())
        showReview();
    else
        preview();
}

bool MergeReviewDialog::eventFilter(QObject *watched, QEvent *event)
{
    // One key per decision while going down the list: the review is keyboard driven.
    if (watched == m_conflicts && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier) {
            switch (key->key()) {
            case Qt::Key_O: return resolveCurrent(Take::Ours) || true;
            case Qt::Key_T: return resolveCurrent(Take::Theirs) || true;
            case Qt::Key_B: return resolveCurrent(Take::Base) || true;
            default: break;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

void MergeReviewDialog::preview()
{
    m_summary->setRowCount(int(m_files.size()));
    bool any = false;
    const std::vector<Result<ImportReport>> reports = previewImports(m_workbook, m_files);
    m_signers->show(m_files, reports);
    for (int row = 0; row < m_files.size(); ++row) {
        m_summary->setItem(row, 0, new QTableWidgetItem(shown(QFileInfo(m_files[row]).fileName())));
        const Result<ImportReport> &report = reports[std::size_t(row)];
        if (!report) {
            auto *why = new QTableWidgetItem(shownSafely(report.error().message));
            why->setForeground(colours::text(palette(), colours::Tone::Error));
            m_summary->setItem(row, 1, why);
            m_summary->setSpan(row, 1, 1, 8);
            continue;
        }
        if (report->alreadyImported) {
            m_summary->setItem(row, 1, new QTableWidgetItem(tr("%1 — already imported: nothing to do").arg(shown(report->author))));
            m_summary->setSpan(row, 1, 1, 8);
            continue;
        }
        any = true;
        m_summary->setItem(row, 1, new QTableWidgetItem(shown(report->author)));
        int column = 2;
        for (Outcome o : {Outcome::New, Outcome::FastForward, Outcome::Merged, Outcome::Conflict, Outcome::AlreadyHad})
            m_summary->setItem(row, column++, new QTableWidgetItem(QString::number(report->count(o))));
        m_summary->setItem(row, column++, new QTableWidgetItem(QString::number(report->contributions)));
        m_summary->setItem(row, column, new QTableWidgetItem(QString::number(report->count(Outcome::Held))));
    }
    m_summary->resizeRowsToContents();
    m_import->setEnabled(any);
}

bool MergeReviewDialog::importAll()
{
    SyncStore store(m_workbook);
    bool ok = true;
    // Several files change the same texts one after another: indexed once, after the last.
    std::optional<SearchIndexHold> held;
    if (m_files.size() > 1)
        held.emplace(m_workbook);
    for (int i = 0; i < m_files.size(); ++i) {
        auto report = store.importFile(m_files[i]);
        if (report && !report->alreadyImported)
            ++m_imported;
        if (!report) {
            ok = false;
            auto *why = new QTableWidgetItem(shownSafely(report.error().message));
            why->setForeground(colours::text(palette(), colours::Tone::Error));
            m_summary->setItem(i, 1, why);
        }
        m_progress->setValue(i + 1);
        QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);  // the bar moves between files
    }
    if (held)
        (void)held->release();  // should it fail (a full disk), the imports stand; the next opening's first write indexes them
    if (m_imported > 0)
        Q_EMIT workbookChanged();
    return ok;
}

void MergeReviewDialog::showReview()
{
    m_pages->setCurrentIndex(1);
    reloadConflicts();
    reloadQuestions();
    m_review->setCurrentIndex(m_open.isEmpty() && m_questions->count() > 0 ? 1 : 0);
    (m_review->currentIndex() == 0 ? static_cast<QWidget *>(m_conflicts) : m_questions)->setFocus();
}

void MergeReviewDialog::showTab(int index)
{
    m_review->setCurrentIndex(index);
}

void MergeReviewDialog::reloadConflicts()
{
    const int row = qMax(0, m_conflicts->currentRow());
    auto open = SyncStore(m_workbook).conflicts();
    m_conflicts->clear();
    if (!open) {
        // Nothing to decide on is not the same as nothing read: say so instead of an empty list.
        m_open.clear();
        m_conflictTitle->setText(tr("The conflicts cannot be read: %1").arg(shownSafely(open.error().message)));
        return;
    }
    m_open = *open;
    for (const Conflict &c : m_open) {
        const std::optional<ItemState> any = c.theirs ? c.theirs : c.ours;
        m_conflicts->addItem(tr("%1\n(%2, from %3)")
                                 .arg(shown(itemName(m_workbook, c.itemId, any)),
                                      c.reason == QLatin1String("not-allowed") ? tr("held back by a rule") : shown(c.reason),
                                      shown(c.theirAuthor)));
    }
    m_review->setTabText(0, tr("&Conflicts (%1)").arg(m_open.size()));
    if (!m_open.isEmpty())
        m_conflicts->setCurrentRow(qMin(row, int(m_open.size()) - 1));
    else
        showConflict();
}

void MergeReviewDialog::showConflict()
{
    const int row = m_conflicts->currentRow();
    if (row < 0 || row >= m_open.size()) {
        m_conflictTitle->setText(tr("No conflict waits for a decision."));
        for (QPlainTextEdit *e : {m_base, m_ours, m_theirs, m_result})
            e->clear();
        m_diff->update();
        return;
    }
    const Conflict &c = m_open[row];
    const QString reason = c.reason == QLatin1String("delete-edit")        ? tr("deleted on one side, kept or edited on the other")
                           : c.reason == QLatin1String("different-values") ? tr("both sides set a different value")
                           : c.reason == QLatin1String("not-allowed")      ? tr("held back: %1").arg(shown(c.detail))
                                                                            : tr("both sides changed the same words; both "
                                                                                 "versions of that stretch are marked ⟦ ⟧ in the "
                                                                                 "result, everything else is merged");
    m_conflictTitle->setText(tr("%1 — %2").arg(shown(itemName(m_workbook, c.itemId, c.theirs ? c.theirs : c.ours)), reason));
    // The three sides are read, not edited: what would act or disguise in them is shown. The
    // result is edited and saved as it is.
    const QStringList differing = differingFields({c.base, c.ours, c.theirs});
    m_base->setPlainText(shownSafely(describeState(c.base, differing)));
    m_ours->setPlainText(shownSafely(describeState(c.ours, differing)));
    m_theirs->setPlainText(shownSafely(describeState(c.theirs, differing)));
    const std::optional<ItemState> start = c.suggestion && !c.suggestion->deleted ? c.suggestion : c.ours;
    m_result->setPlainText(start ? start->fields.value(mainTextField(start->kind())).toString() : QString());
    // Whose each side is: this workbook's owner, and who sent the other (a participant's
    // contribution into the master, or the master's update into a participant's workbook).
    const QString theirs = m_workbook.isMaster() ? tr("Contribution — %1").arg(shown(c.theirAuthor)) : tr("Master copy — %1").arg(shown(c.theirAuthor));
    m_theirsTitle->setText(theirs);
    m_theirs->setAccessibleName(theirs);
    m_diff->update();
}

bool MergeReviewDialog::resolveCurrent(Take take)
{
    const int row = m_conflicts->currentRow();
    if (row < 0 || row >= m_open.size())
        return false;
    const Status s = SyncStore(m_workbook).resolve(m_open[row].uuid, take, m_result->toPlainText());
    if (!s) {
        m_conflictTitle->setText(s.error().message);
        return false;
    }
    Q_EMIT workbookChanged();
    reloadConflicts();
    m_conflicts->setFocus();
    return true;
}

void MergeReviewDialog::reloadQuestions()
{
    auto contributions = SyncStore(m_workbook).contributions();
    if (!contributions) {
        m_contributions.clear();
        m_questions->clear();
        m_answer->setPlainText(tr("The contributions cannot be read: %1").arg(shownSafely(contributions.error().message)));
        m_answer->setReadOnly(true);
        return;
    }
    m_contributions = *contributions;
    const QString current = m_questions->currentItem() ? m_questions->currentItem()->data(Qt::UserRole).toString() : QString();
    m_questions->clear();
    QStringList seen;
    for (const Contribution &c : m_contributions) {
        if (c.status != QLatin1String("open") || seen.contains(c.itemId))
            continue;
        seen << c.itemId;
        auto *item = new QListWidgetItem(shown(itemName(m_workbook, c.itemId, std::nullopt).section(QStringLiteral(": "), 1)), m_questions);
        item->setToolTip(item->text());
        item->setData(Qt::UserRole, c.itemId);
    }
    m_review->setTabText(1, tr("&Answers (%1)").arg(m_questions->count()));
    const int keep = int(seen.indexOf(current));
    if (m_questions->count() > 0)
        m_questions->setCurrentRow(keep >= 0 ? keep : 0);
    else
        showQuestion();
}

void MergeReviewDialog::showQuestion()
{
    m_offered->clear();
    m_answer->clear();
    QListWidgetItem *question = m_questions->currentItem();
    if (!question)
        return;
    const QString itemId = question->data(Qt::UserRole).toString();
    for (const Contribution &c : m_contributions) {
        if (c.itemId != itemId || c.status != QLatin1String("open"))
            continue;
        QString who = c.organisation.isEmpty() ? shown(c.author) : tr("%1, %2").arg(shown(c.author), shown(c.organisation));
        // Where it came from, when not a participant's workbook: answered in the room, from a phone.
        if (c.source == QLatin1String("live-phone"))
            who = tr("%1 (live, phone)").arg(who);
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(who, shownSafely(c.text)), m_offered);
        item->setData(Qt::UserRole, c.text);
        item->setData(Qt::UserRole + 1, c.uuid);
    }
    if (m_offered->count() > 0)
        m_offered->setCurrentRow(0);
    if (auto q = SectionStore(m_workbook).questionByUuid(itemId.section(QLatin1Char(':'), 1))) {
        if (auto current = AnswerStore(m_workbook).current(q->id); current && *current)
            m_answer->setPlainText((*current)->text);
    }
}

bool MergeReviewDialog::saveAnswer()
{
    QListWidgetItem *question = m_questions->currentItem();
    if (!question || m_offered->count() == 0)
        return false;
    // Saved once; every contribution shown for the question counts as used.
    if (const Status s = SyncStore(m_workbook).composeAnswer(question->data(Qt::UserRole).toString(), m_answer->toPlainText()); !s) {
        m_answer->setToolTip(s.error().message);
        return false;
    }
    Q_EMIT workbookChanged();
    reloadQuestions();
    return true;
}

} // namespace qdf::gui
