#include "domain/people/grade.hpp"

#include <array>
#include <cctype>
#include <string>
#include <utility>

namespace leadline::domain {

int grade_rank(std::string_view grade) {
    std::string key;
    for (const char c : grade) {
        if (std::isalnum(static_cast<unsigned char>(c)) != 0) {
            key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    static constexpr std::array<std::pair<std::string_view, int>, 14> ladder{{
        {"aa", 1},
        {"ao", 2},
        {"eo", 3},
        {"heo", 4},
        {"seo", 5},
        {"g7", 6},
        {"grade7", 6},
        {"g6", 7},
        {"grade6", 7},
        {"scs1", 8},
        {"deputydirector", 8},
        {"scs2", 9},
        {"director", 9},
        {"scs3", 10},
    }};
    for (const auto& [name, rank] : ladder) {
        if (key == name) {
            return rank;
        }
    }
    return 0;
}

} // namespace leadline::domain
