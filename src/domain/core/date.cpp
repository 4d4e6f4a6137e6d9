#include "domain/core/date.hpp"

#include <charconv>
#include <cstdio>

namespace leadline::domain {

Result<Date> Date::parse(std::string_view text) {
    auto bad = [&] {
        return fail(ErrorCode::InvalidInput,
                    "\"" + std::string(text) + "\" is not a date; write it like 2026-11-22");
    };
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return bad();
    }
    int year = 0;
    unsigned month = 0;
    unsigned day = 0;
    const char* begin = text.data();
    if (std::from_chars(begin, begin + 4, year).ec != std::errc{} ||
        std::from_chars(begin + 5, begin + 7, month).ec != std::errc{} ||
        std::from_chars(begin + 8, begin + 10, day).ec != std::errc{}) {
        return bad();
    }
    const std::chrono::year_month_day ymd{std::chrono::year{year}, std::chrono::month{month},
                                          std::chrono::day{day}};
    if (!ymd.ok()) {
        return bad();
    }
    return Date(std::chrono::sys_days{ymd});
}

std::string Date::iso() const {
    const std::chrono::year_month_day ymd{m_day};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return text;
}

std::string Date::display() const {
    static constexpr const char* months[] = {"January",   "February", "March",    "April",
                                             "May",       "June",     "July",     "August",
                                             "September", "October",  "November", "December"};
    const std::chrono::year_month_day ymd{m_day};
    return std::to_string(static_cast<unsigned>(ymd.day())) + " " +
           months[static_cast<unsigned>(ymd.month()) - 1] + " " +
           std::to_string(static_cast<int>(ymd.year()));
}

} // namespace leadline::domain
