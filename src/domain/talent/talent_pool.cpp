#include "domain/talent/talent_pool.hpp"

#include "domain/core/text.hpp"

namespace leadline::domain {

namespace {

bool same_words(std::string_view a, std::string_view b) {
    return lowered(trimmed_view(a)) == lowered(trimmed_view(b));
}

} // namespace

std::optional<std::string> pool_expiry_problem(const Date& expires_on, const Date& today) {
    if (expires_on <= today) {
        return "Enter an expiry date after today.";
    }
    if (expires_on.day() - today.day() > std::chrono::days{longest_pool_membership_days}) {
        return "Enter an expiry date no more than three years from today; a membership can be renewed.";
    }
    return std::nullopt;
}

std::optional<std::string> pool_name_problem(std::string_view name) {
    const auto trimmed = trimmed_view(name);
    if (trimmed.size() < 3) {
        return "Enter the pool's name, such as the scheme it is for.";
    }
    if (trimmed.size() > 120) {
        return "Enter a name of 120 characters or fewer.";
    }
    return std::nullopt;
}

bool pool_membership_expired(const PoolCandidate& candidate, const Date& today) {
    return candidate.expires_on < today;
}

bool matches_pool_search(const PoolCandidate& candidate, const PoolSearch& search, const Date& today) {
    if (search.pool && *search.pool != candidate.pool) {
        return false;
    }
    if (!search.include_expired && pool_membership_expired(candidate, today)) {
        return false;
    }
    if (!trimmed_view(search.profession).empty() && !same_words(search.profession, candidate.profession)) {
        return false;
    }
    if (!trimmed_view(search.region).empty() && !same_words(search.region, candidate.region)) {
        return false;
    }
    if (!search.indicator.empty()) {
        const auto level = candidate.levels.find(search.indicator);
        if (level == candidate.levels.end() || level->second < search.at_least) {
            return false;
        }
    }
    return true;
}

} // namespace leadline::domain
