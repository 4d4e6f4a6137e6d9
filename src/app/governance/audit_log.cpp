#include "app/governance/audit_log.hpp"

#include <cstdio>

#include "app/ports/clock.hpp"
#include "app/text/csv_reader.hpp"

namespace leadline::app {

namespace {

constexpr std::int64_t seconds_a_day = 24 * 60 * 60;

// Hours and minutes of the day, "14:05"; with seconds, "14:05:09".
std::string clock_time(std::int64_t seconds, bool with_seconds) {
    const auto in_day = ((seconds % seconds_a_day) + seconds_a_day) % seconds_a_day;
    char text[16];
    if (with_seconds) {
        std::snprintf(text, sizeof text, "%02d:%02d:%02d", static_cast<int>(in_day / 3600),
                      static_cast<int>(in_day / 60 % 60), static_cast<int>(in_day % 60));
    } else {
        std::snprintf(text, sizeof text, "%02d:%02d", static_cast<int>(in_day / 3600),
                      static_cast<int>(in_day / 60 % 60));
    }
    return text;
}

} // namespace

std::string readable_time(std::int64_t seconds) {
    return date_of(seconds).display() + ", " + clock_time(seconds, false);
}

std::string audit_csv(const std::vector<AuditEntry>& entries) {
    std::string csv = "when_utc,who,what,address\n";
    for (const auto& entry : entries) {
        csv += date_of(entry.at).iso() + "T" + clock_time(entry.at, true) + "Z," + csv_field(entry.actor) +
               "," + csv_field(entry.action) + "," + csv_field(entry.target) + "\n";
    }
    return csv;
}

} // namespace leadline::app
