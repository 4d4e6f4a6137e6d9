#include "web/views/effort_words.hpp"

namespace leadline::web {

std::string effort_words(domain::Effort effort) {
    switch (effort) {
    case domain::Effort::OneMinute:
        return "a minute";
    case domain::Effort::FiveMinutes:
        return "five minutes";
    case domain::Effort::HalfHour:
        return "half an hour";
    case domain::Effort::HalfDay:
        return "half a day";
    case domain::Effort::Weeks:
        return "a few weeks";
    case domain::Effort::Months:
        return "a few months";
    }
    return "";
}

} // namespace leadline::web
