#include "gui/documents/SearchPage.h"

#include "core/Workbook.h"
#include "core/stores/SectionStore.h"
#include "gui/ReadOrSay.h"
#include "gui/session/WorkbookSession.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace qdf::gui {
namespace {

QString kindTitle(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Answer: return SearchPage::tr("Answer");
    case SearchHit::Kind::WorkingExample: return SearchPage::tr("Working example");
    case SearchHit::Kind::Schedule: return SearchPage::tr("Schedule");
    case SearchHit::Kind::ReferenceMaterial: return SearchPage::tr("Reference material");
    }
    return {};
}

} // namespace

SearchPage::SearchPage(WorkbookSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("page-search"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 24);
    auto *title = new QLabel(tr("Search the Workbook"), this);
    title->setProperty("role", QStringLiteral("title"));
    layout->addWidget(title);
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setAccessibleName(tr("Search for"));
    m_query->setPlaceholderText(tr("Words to find in answers, examples, Schedules and reference notes"));
    m_query->setClearButtonEnabled(true);
    layout->addWidget(m_query);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setWordWrap(true);
    m_results->setAlternatingRowColors(true);
    layout->addWidget(m_results, 1);
    m_unreadable = new UnreadableNotice(m_results);

    connect(m_query, &QLineEdit::textChanged, this, &SearchPage::run);
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        if (m_results->count() > 0 && !m_hits.isEmpty()) {
            m_results->setCurrentRow(qMax(0, m_results->currentRow()));
            Q_EMIT hitActivated(m_hits.at(m_results->currentRow()));
        }
    });
    connect(m_results, &QListWidget::itemActivated, this, [this] {
        const int row = m_results->currentRow();
        if (row >= 0 && row < m_hits.size())
            Q_EMIT hitActivated(m_hits.at(row));
    });
}

void SearchPage::run(const QString &text)
{
    m_hits.clear();
    m_results->clear();
    auto hits = readOrSay(m_session, search(m_session.workbook(), text), tr("The search"));
    auto sections = hits ? readOrSay(m_session, SectionStore(m_session.workbook()).list(), tr("The sections"))
                         : hits.error();
    if (!sections) {
        m_unreadable->say(sections.error().message);  // not "Nothing found"
        return;
    }
    m_unreadable->hide();
    m_hits = *hits;
    QHash<QString, QString> sectionTitles;
    for (const Section &s : *sections)
        sectionTitles.insert(s.key, s.title);
    for (const SearchHit &h : std::as_const(m_hits)) {
        m_results->addItem(QStringLiteral("%1 · %2 — %3\n%4")
                               .arg(kindTitle(h.kind), sectionTitles.value(h.sectionKey), h.title, h.snippet.simplified()));
    }
    if (!text.trimmed().isEmpty() && m_hits.isEmpty()) {
        auto *none = new QListWidgetItem(tr("Nothing found for \"%1\".").arg(text), m_results);
        none->setFlags(Qt::NoItemFlags);
    }
}

} // namespace qdf::gui
