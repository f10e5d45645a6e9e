#pragma once

#include <QHash>
#include <QString>

// How often the workshop server answers whom (docs/workshop.md, "Limits"): each token's own
// allowance of requests, and the growing wait for an address that keeps giving a wrong session
// code. Time is passed in (monotonic milliseconds), so a test can hold it still.
namespace qdf::workshop {

// A bucket per key holding up to `capacity` requests, refilled at `perSecond`: a burst is taken at
// once, a steady stream only at the rate.
class TokenBuckets {
public:
    TokenBuckets(double capacity, double perSecond) : m_capacity(capacity), m_perSecond(perSecond) {}
    // Takes one request from key's bucket. False when it is empty; `retryAfterMs` then says when the
    // next one is there.
    bool take(const QString &key, qint64 nowMs, qint64 *retryAfterMs = nullptr);
    void forget(const QString &key) { m_buckets.remove(key); }

private:
    struct Bucket {
        double level = 0;
        qint64 at = 0;
    };
    double m_capacity;
    double m_perSecond;
    QHash<QString, Bucket> m_buckets;
};

// Wrong session codes: a few free per address (a code mistyped), then each further one shuts that
// address out for twice as long as the one before, up to five minutes; and over the whole room at
// most `roomBurst` wrong codes at once, refilled one every two seconds, beyond which every address
// that has already given a wrong code waits. Guessing one of 2^30 codes stays out of reach.
class WrongCodeThrottle {
public:
    struct Limits {
        int freePerAddress = 5;
        qint64 firstWaitMs = 2000;
        qint64 longestWaitMs = 5 * 60 * 1000;
        double roomBurst = 30;
        double roomPerSecond = 0.5;
    };
    WrongCodeThrottle() : WrongCodeThrottle(Limits{}) {}
    explicit WrongCodeThrottle(const Limits &limits);
    // Whether a join from `address` may be tried now (before its code is looked at).
    bool allowed(const QString &address, qint64 nowMs, qint64 *retryAfterMs = nullptr) const;
    void failed(const QString &address, qint64 nowMs);

private:
    struct Record {
        int failures = 0;
        qint64 shutUntil = 0;
    };
    Limits m_limits;
    QHash<QString, Record> m_byAddress;
    TokenBuckets m_room;
    qint64 m_roomEmptyUntil = 0;
};

} // namespace qdf::workshop
