#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/core/strong_id.hpp"
#include "domain/framework/rating_scale.hpp"

namespace leadline::domain {

// How long a development idea takes, so a busy leader can pick one that fits the time they have.
enum class Effort { OneMinute, FiveMinutes, HalfHour, HalfDay, Weeks, Months };

struct DevelopmentIdea {
    std::string text;
    Effort effort = Effort::FiveMinutes;
};

// One observable behaviour, worded for a rater ("...this person...") and for the self-view ("I ...").
struct Behaviour {
    BehaviourId id;
    std::string rater_text;
    std::string self_text;
};

// What one point of the scale means for one attribute ("3: Has delivered ..."), so that two assessors
// giving the same rating mean the same thing by it.
struct LevelMeaning {
    int value = 0;
    std::string meaning;
};

struct Attribute {
    AttributeId id;
    std::string name;
    std::string summary;
    std::vector<Behaviour> behaviours;
    std::vector<DevelopmentIdea> stretch_experiences;
    std::vector<DevelopmentIdea> micro_actions;
    // For talent reviews: what a line manager should cite as evidence.
    std::optional<std::string> evidence_prompt;
    // For talent reviews: a meaning for every point of the scale, in the scale's order.
    std::vector<LevelMeaning> levels;

    [[nodiscard]] const LevelMeaning* level(int value) const;
};

// What the framework is used for; it decides who answers and how results are read.
enum class FrameworkUse { Feedback360, TalentReview, CultureSurvey };

// A question asked of every behaviour. Most frameworks ask one ("How often..."); a culture check
// asks two ("how much it is rewarded now" and "how much it should be").
struct RatingDimension {
    std::string id;
    std::string question;
};

struct Framework {
    FrameworkId id;
    std::string name;
    std::string version;
    std::string description;
    std::string source;
    std::string licence;
    FrameworkUse use = FrameworkUse::Feedback360;
    RatingScale scale;
    std::vector<RatingDimension> dimensions;
    std::vector<Attribute> attributes;

    [[nodiscard]] const Attribute* find_attribute(const AttributeId& attribute_id) const;
    [[nodiscard]] const Behaviour* find_behaviour(const BehaviourId& behaviour_id) const;
    [[nodiscard]] std::size_t behaviour_count() const;
};

[[nodiscard]] std::string_view to_string(FrameworkUse use);
[[nodiscard]] std::optional<FrameworkUse> framework_use_from_string(std::string_view text);
[[nodiscard]] std::string_view to_string(Effort effort);
[[nodiscard]] std::optional<Effort> effort_from_string(std::string_view text);

} // namespace leadline::domain
