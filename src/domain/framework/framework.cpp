#include "domain/framework/framework.hpp"

#include <array>
#include <utility>

namespace leadline::domain {

namespace {

constexpr std::array<std::pair<FrameworkUse, std::string_view>, 3> framework_uses{{
    {FrameworkUse::Feedback360, "feedback-360"},
    {FrameworkUse::TalentReview, "talent-review"},
    {FrameworkUse::CultureSurvey, "culture-survey"},
}};

constexpr std::array<std::pair<Effort, std::string_view>, 6> efforts{{
    {Effort::OneMinute, "one minute"},
    {Effort::FiveMinutes, "five minutes"},
    {Effort::HalfHour, "half an hour"},
    {Effort::HalfDay, "half a day"},
    {Effort::Weeks, "weeks"},
    {Effort::Months, "months"},
}};

template <class Enum, std::size_t N>
std::string_view name_of(const std::array<std::pair<Enum, std::string_view>, N>& table, Enum value) {
    for (const auto& [candidate, name] : table) {
        if (candidate == value) {
            return name;
        }
    }
    return "unknown";
}

template <class Enum, std::size_t N>
std::optional<Enum> value_of(const std::array<std::pair<Enum, std::string_view>, N>& table,
                             std::string_view text) {
    for (const auto& [candidate, name] : table) {
        if (name == text) {
            return candidate;
        }
    }
    return std::nullopt;
}

} // namespace

const LevelMeaning* Attribute::level(int value) const {
    for (const auto& each : levels) {
        if (each.value == value) {
            return &each;
        }
    }
    return nullptr;
}

const Attribute* Framework::find_attribute(const AttributeId& attribute_id) const {
    for (const auto& attribute : attributes) {
        if (attribute.id == attribute_id) {
            return &attribute;
        }
    }
    return nullptr;
}

const Behaviour* Framework::find_behaviour(const BehaviourId& behaviour_id) const {
    for (const auto& attribute : attributes) {
        for (const auto& behaviour : attribute.behaviours) {
            if (behaviour.id == behaviour_id) {
                return &behaviour;
            }
        }
    }
    return nullptr;
}

std::size_t Framework::behaviour_count() const {
    std::size_t count = 0;
    for (const auto& attribute : attributes) {
        count += attribute.behaviours.size();
    }
    return count;
}

std::string_view to_string(FrameworkUse use) {
    return name_of(framework_uses, use);
}
std::optional<FrameworkUse> framework_use_from_string(std::string_view text) {
    return value_of(framework_uses, text);
}
std::string_view to_string(Effort effort) {
    return name_of(efforts, effort);
}
std::optional<Effort> effort_from_string(std::string_view text) {
    return value_of(efforts, text);
}

} // namespace leadline::domain
