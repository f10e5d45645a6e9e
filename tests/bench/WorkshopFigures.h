#pragma once

#include <QString>

namespace qdf::bench {

// A live workshop under load (docs/performance.md, "A live workshop"): `qdf workshop serve` as a
// real process on loopback, and `participants` phones (clients in this process, each its own
// connection, one request at a time as a phone sends them) scoring all 30 elements at once, driver
// by driver as the facilitator opens them, while the facilitator's view is read every 100 ms.
// Prints the ratings lost or duplicated (read back from the file), and the response times: wall
// clock, which is what a person waits for. Bounded: a fixed number of requests, and two minutes.
// With `window` (qdf-bench-window), the same with the window's own session serving the room
// instead, and how late the window's event loop ran a timer due every 10 ms meanwhile: whether
// the facilitator's window stays responsive.
void printWorkshopFigures(const QString &qdf, const QString &folder, int participants, const QString &window = {});

} // namespace qdf::bench
