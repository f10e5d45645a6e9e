// A search peer of qdf-bench: the least a Qt program does to answer the same FTS5 query
// (QCoreApplication, the QSQLITE driver, one query, rows printed), so the figure can be split
// into what starting Qt costs and what `qdf search` adds.
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 1;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(QString::fromLocal8Bit(argv[1]));
    if (!db.open())
        return 2;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QString::fromUtf8(argv[2])))
        return 2;
    while (query.next())
        std::printf("%s\n", qUtf8Printable(query.value(1).toString()));
    return 0;
}
