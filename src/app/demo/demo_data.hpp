#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/feedback/cycle_settings.hpp"
#include "domain/feedback/response.hpp"

namespace leadline::app {

struct DemoPerson {
    std::string email;
    std::string name;
    std::vector<std::string> unit_names;
    std::string grade;
    std::string profession;
    std::string region;
    std::optional<std::size_t> manager; // index into DemoData::people
};

struct DemoAnswers {
    domain::ResponseState state = domain::ResponseState::Submitted;
    std::map<domain::BehaviourId, domain::Rating> ratings;
    std::map<domain::Response::CommentKey, std::string> comments;
};

struct DemoNomination {
    std::size_t subject = 0;              // index into DemoData::people
    std::optional<std::size_t> colleague; // index into DemoData::people; empty for people outside
    std::string rater_email;
    domain::RaterGroup group = domain::RaterGroup::Peer;
    std::string token; // demo tokens are reproducible, so the demo can print working links
    std::optional<DemoAnswers> answers;
};

// How a subject tends to rate themselves against how others see them.
enum class SelfView { OverEstimates, UnderEstimates, Accurate };

// What the simulation knows and reports must recover.
struct DemoSubjectTruth {
    std::size_t person = 0;
    SelfView self_view = SelfView::Accurate;
    double self_bias = 0.0;
    std::map<domain::AttributeId, double> true_level;
    std::vector<domain::AttributeId> blind_spots;
    std::vector<domain::AttributeId> hidden_strengths;
};

// A second cycle left open, so the demo has rater links that still work: nobody has sent answers yet,
// and some raters have saved part of theirs.
struct DemoOpenCycle {
    domain::CycleSettings settings;
    std::vector<std::size_t> subjects;
    std::vector<DemoNomination> nominations;
};

struct DemoData {
    std::uint64_t seed = 0;
    std::vector<DemoPerson> people;
    domain::CycleSettings cycle;
    std::vector<std::size_t> subjects;
    std::vector<DemoNomination> nominations;
    std::vector<DemoSubjectTruth> truth;
    DemoOpenCycle open_cycle;
};

[[nodiscard]] std::string_view to_string(SelfView view);

} // namespace leadline::app
