#include "app/development/mentoring_choice_form.hpp"

#include <algorithm>
#include <charconv>

namespace leadline::app {

namespace {

// The framework's attributes among the ticked ids, in the framework's order; false when an id is not one.
bool attributes_of(const domain::Framework& framework, const std::vector<std::string>& ticked,
                   std::vector<domain::AttributeId>& chosen) {
    for (const auto& id : ticked) {
        if (framework.find_attribute(domain::AttributeId(id)) == nullptr) {
            return false;
        }
    }
    for (const auto& attribute : framework.attributes) {
        if (std::find(ticked.begin(), ticked.end(), attribute.id.value()) != ticked.end()) {
            chosen.push_back(attribute.id);
        }
    }
    return true;
}

} // namespace

MentoringChoiceRead read_mentoring_choice(const domain::Framework& framework,
                                          const TypedMentoringChoice& typed, std::int64_t person) {
    MentoringChoiceRead read;
    auto& [problems, choice] = read;
    choice.person = person;
    if (typed.wants != "yes" && typed.wants != "no") {
        problems.push_back({"wants", "Say whether you would like a mentor"});
    }
    choice.wants_mentor = typed.wants == "yes";
    if (!attributes_of(framework, typed.develop, choice.develop)) {
        problems.push_back({"develop", "Choose areas from the list"});
    } else if (choice.wants_mentor && choice.develop.size() > most_mentoring_areas) {
        problems.push_back({"develop", "Choose up to " + std::to_string(most_mentoring_areas) +
                                           " areas: a mentor helps most with a few"});
    }
    if (!choice.wants_mentor) {
        choice.develop.clear(); // areas ticked before saying no are not kept
    }
    if (!attributes_of(framework, typed.strengths, choice.strengths)) {
        problems.push_back({"strengths", "Choose strengths from the list"});
    }
    const auto& text = typed.capacity;
    const auto first = text.find_first_not_of(" \t");
    const auto last = text.find_last_not_of(" \t");
    if (first != std::string::npos) {
        int value = -1;
        const auto* end = text.data() + last + 1;
        const auto [at, error] = std::from_chars(text.data() + first, end, value);
        if (error != std::errc() || at != end || value < 0 || value > most_mentees) {
            problems.push_back(
                {"capacity", "Give how many people you could mentor as a whole number from 0 to " +
                                 std::to_string(most_mentees) + ", or leave it blank"});
        } else {
            choice.capacity = value;
        }
    }
    return read;
}

TypedMentoringChoice typed_mentoring_choice(const MentoringChoice& choice) {
    TypedMentoringChoice typed;
    typed.wants = choice.wants_mentor ? "yes" : "no";
    for (const auto& id : choice.develop) {
        typed.develop.push_back(id.value());
    }
    for (const auto& id : choice.strengths) {
        typed.strengths.push_back(id.value());
    }
    if (choice.capacity) {
        typed.capacity = std::to_string(*choice.capacity);
    }
    return typed;
}

} // namespace leadline::app
