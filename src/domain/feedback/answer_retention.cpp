#include "domain/feedback/answer_retention.hpp"

#include <charconv>
#include <string>

namespace leadline::domain {

Date answers_due_for_deletion(Date closes_on, int months) {
    using namespace std::chrono;
    const year_month_day closing{closes_on.day()};
    const year_month later = year_month{closing.year(), closing.month()} + std::chrono::months{months};
    const auto last_day = year_month_day_last{later.year(), month_day_last{later.month()}}.day();
    const auto day = closing.day() > last_day ? last_day : closing.day();
    return Date{sys_days{year_month_day{later.year(), later.month(), day}}};
}

Result<std::optional<int>> retention_months_from(std::string_view typed) {
    while (!typed.empty() && typed.front() == ' ') {
        typed.remove_prefix(1);
    }
    while (!typed.empty() && typed.back() == ' ') {
        typed.remove_suffix(1);
    }
    if (typed.empty()) {
        return std::optional<int>{};
    }
    int months = 0;
    const auto [end, error] = std::from_chars(typed.data(), typed.data() + typed.size(), months);
    if (error != std::errc{} || end != typed.data() + typed.size() || months < 1 ||
        months > longest_retention_months) {
        return fail(ErrorCode::InvalidInput, "Enter a whole number of months from 1 to " +
                                                 std::to_string(longest_retention_months) +
                                                 ", or leave it empty to keep answers");
    }
    return std::optional<int>{months};
}

} // namespace leadline::domain
