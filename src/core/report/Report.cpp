#include "core/report/Report.h"

namespace qdf::report {

void Report::add(Block::Kind kind, const QString &text, int level, bool draft)
{
    Block b;
    b.kind = kind;
    b.text = text;
    b.level = level;
    b.draft = draft;
    blocks.push_back(b);
}

void Report::addTable(const QStringList &headers, const QVector<QStringList> &rows, const QVector<int> &columnPercentages)
{
    Block b;
    b.kind = Block::Kind::Table;
    b.headers = headers;
    b.rows = rows;
    b.columnPercentages = columnPercentages;
    blocks.push_back(b);
}

} // namespace qdf::report
