#include "domain/development/development_plan.hpp"

#include <algorithm>
#include <set>

namespace leadline::domain {

namespace {

bool listed(const std::vector<DevelopmentIdea>& ideas, const std::string& text) {
    return std::any_of(ideas.begin(), ideas.end(),
                       [&](const DevelopmentIdea& idea) { return idea.text == text; });
}

bool blank(const std::string& text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

std::string too_long(std::string_view what) {
    return std::string(what) + " must be " + std::to_string(longest_plan_text) + " characters or fewer.";
}

void check_focus(const PlanFocus& focus, const Attribute& attribute, bool suggested, Date today,
                 std::vector<PlanProblem>& problems) {
    auto problem = [&](PlanPart part, std::string message) {
        problems.push_back({part, focus.attribute, std::move(message)});
    };
    if (!suggested && blank(focus.why)) {
        problem(PlanPart::Why,
                "Say why you chose " + attribute.name +
                    ": your report did not suggest it, and your reason helps whoever supports you.");
    } else if (focus.why.size() > longest_plan_text) {
        problem(PlanPart::Why, too_long("Your reason"));
    }
    if (blank(focus.goal)) {
        problem(PlanPart::Goal,
                "Write a goal for " + attribute.name + ": what you want to be doing differently.");
    } else if (focus.goal.size() > longest_plan_text) {
        problem(PlanPart::Goal, too_long("The goal"));
    }
    for (const auto& chosen : focus.stretch_experiences) {
        if (!listed(attribute.stretch_experiences, chosen)) {
            problem(PlanPart::StretchExperiences,
                    "Choose stretch experiences for " + attribute.name + " from the list given.");
            break;
        }
    }
    for (const auto& chosen : focus.micro_actions) {
        if (!listed(attribute.micro_actions, chosen)) {
            problem(PlanPart::MicroActions,
                    "Choose micro-actions for " + attribute.name + " from the list given.");
            break;
        }
    }
    if (focus.review_by && *focus.review_by < today) {
        problem(PlanPart::ReviewBy,
                "The date to look back on " + attribute.name + " must be today or later.");
    }
}

} // namespace

std::vector<PlanProblem> check_plan(const DevelopmentPlan& plan, const Framework& framework,
                                    std::span<const AttributeId> suggested, Date today) {
    std::vector<PlanProblem> problems;
    if (plan.focus.empty()) {
        problems.push_back({PlanPart::Focus, std::nullopt, "Choose at least one area to work on."});
        return problems;
    }
    if (plan.focus.size() > most_focus_areas) {
        problems.push_back({PlanPart::Focus, std::nullopt,
                            "Choose no more than " + std::to_string(most_focus_areas) +
                                " areas: a plan with fewer is more likely to be carried out."});
    }
    std::set<AttributeId> seen;
    for (const auto& focus : plan.focus) {
        const auto* attribute = framework.find_attribute(focus.attribute);
        if (attribute == nullptr) {
            problems.push_back({PlanPart::Focus, std::nullopt,
                                "Choose areas from the list: \"" + focus.attribute.value() +
                                    "\" is not one of this framework's."});
            continue;
        }
        if (!seen.insert(focus.attribute).second) {
            problems.push_back({PlanPart::Focus, std::nullopt, attribute->name + " is chosen twice."});
            continue;
        }
        const bool was_suggested =
            std::find(suggested.begin(), suggested.end(), focus.attribute) != suggested.end();
        check_focus(focus, *attribute, was_suggested, today, problems);
    }
    return problems;
}

std::vector<PlanProblem> check_check_in(const CheckIn& check_in, const DevelopmentPlan& plan, Date today,
                                        Date earliest) {
    std::vector<PlanProblem> problems;
    if (check_in.on > today) {
        problems.push_back({PlanPart::CheckInDay, std::nullopt, "The day must be today or earlier."});
    } else if (check_in.on < earliest) {
        problems.push_back(
            {PlanPart::CheckInDay, std::nullopt,
             "The day must be on or after " + earliest.display() + ", when the feedback cycle opened."});
    }
    if (check_in.about) {
        const bool in_plan = std::any_of(plan.focus.begin(), plan.focus.end(), [&](const PlanFocus& focus) {
            return focus.attribute == *check_in.about;
        });
        if (!in_plan) {
            problems.push_back(
                {PlanPart::Focus, std::nullopt, "Choose one of your plan's areas, or the plan as a whole."});
        }
    }
    if (blank(check_in.did)) {
        problems.push_back({PlanPart::Did, std::nullopt, "Say what you did."});
    } else if (check_in.did.size() > longest_plan_text) {
        problems.push_back({PlanPart::Did, std::nullopt, too_long("What you did")});
    }
    if (check_in.learned.size() > longest_plan_text) {
        problems.push_back({PlanPart::Learned, std::nullopt, too_long("What you learned")});
    }
    return problems;
}

std::vector<TimelineEntry> plan_timeline(const DevelopmentPlan& plan, std::span<const CheckIn> check_ins) {
    std::vector<TimelineEntry> entries;
    if (plan.revision > 0) {
        entries.push_back({TimelineEntry::Kind::Started, day_of(plan.started_at), nullptr});
        if (plan.revision > 1) {
            entries.push_back({TimelineEntry::Kind::Changed, day_of(plan.changed_at), nullptr});
        }
        if (plan.shared_with_manager && plan.shared_at > 0) {
            entries.push_back({TimelineEntry::Kind::Shared, day_of(plan.shared_at), nullptr});
        }
    }
    for (const auto& check_in : check_ins) {
        entries.push_back({TimelineEntry::Kind::CheckIn, check_in.on, &check_in});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const TimelineEntry& a, const TimelineEntry& b) { return a.on < b.on; });
    return entries;
}

} // namespace leadline::domain
