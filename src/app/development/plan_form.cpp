#include "app/development/plan_form.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace leadline::app {

namespace {

std::optional<int> whole(const std::string& text) {
    int value = 0;
    const auto* end = text.data() + text.size();
    const auto [at, error] = std::from_chars(text.data(), end, value);
    if (error != std::errc() || at != end || text.empty()) {
        return std::nullopt;
    }
    return value;
}

std::set<std::size_t> positions(const std::vector<std::string>& values, std::size_t count,
                                bool& out_of_list) {
    std::set<std::size_t> chosen;
    for (const auto& value : values) {
        const auto position = whole(value);
        if (!position || *position < 0 || static_cast<std::size_t>(*position) >= count) {
            out_of_list = true;
            continue;
        }
        chosen.insert(static_cast<std::size_t>(*position));
    }
    return chosen;
}

std::string first(const std::vector<std::string>& values) {
    return values.empty() ? std::string() : values.front();
}

std::string id_of(const domain::AttributeId& attribute) {
    return attribute.value();
}

} // namespace

std::optional<domain::Date> read_day(const std::string& prefix, const std::string& what,
                                     const std::string& day, const std::string& month,
                                     const std::string& year, std::vector<FieldProblem>& problems) {
    if (day.empty() && month.empty() && year.empty()) {
        return std::nullopt;
    }
    const auto d = whole(day);
    const auto m = whole(month);
    const auto y = whole(year);
    if (!d || !m || !y || *y < 2000 || *y > 2100) {
        const auto* field = !d ? "-day" : !m ? "-month" : "-year";
        problems.push_back(
            {prefix + field, what + " must be a real date, with a 4-digit year, like 27 3 2027"});
        return std::nullopt;
    }
    char iso[16];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", *y, *m, *d);
    auto date = domain::Date::parse(iso);
    if (!date) {
        problems.push_back({prefix + "-day", what + " must be a real date"});
        return std::nullopt;
    }
    return *date;
}

PlanForm new_plan_form(std::span<const domain::AttributeId> suggested) {
    PlanForm form;
    for (const auto& attribute : suggested) {
        form.focus[attribute].chosen = true;
    }
    return form;
}

PlanForm plan_form_of(const domain::DevelopmentPlan& plan, const domain::Framework& framework) {
    PlanForm form;
    form.revision = plan.revision;
    for (const auto& focus : plan.focus) {
        auto& typed = form.focus[focus.attribute];
        typed.chosen = true;
        typed.why = focus.why;
        typed.goal = focus.goal;
        if (focus.review_by) {
            const std::chrono::year_month_day day(focus.review_by->day());
            typed.review_day = std::to_string(static_cast<unsigned>(day.day()));
            typed.review_month = std::to_string(static_cast<unsigned>(day.month()));
            typed.review_year = std::to_string(static_cast<int>(day.year()));
        }
        typed.line_manager_helps = focus.line_manager_helps;
        typed.mentor_helps = focus.mentor_helps;
        const auto* attribute = framework.find_attribute(focus.attribute);
        if (attribute == nullptr) {
            continue;
        }
        auto mark = [](const std::vector<domain::DevelopmentIdea>& offered,
                       const std::vector<std::string>& chosen, std::set<std::size_t>& marked) {
            for (std::size_t i = 0; i < offered.size(); ++i) {
                if (std::find(chosen.begin(), chosen.end(), offered[i].text) != chosen.end()) {
                    marked.insert(i);
                }
            }
        };
        mark(attribute->stretch_experiences, focus.stretch_experiences, typed.stretch_experiences);
        mark(attribute->micro_actions, focus.micro_actions, typed.micro_actions);
    }
    return form;
}

PlanForm read_plan_form(const domain::Framework& framework, const FormValues& values) {
    PlanForm form;
    form.revision = whole(first(values("revision"))).value_or(0);
    const auto chosen = values("focus");
    for (const auto& attribute : framework.attributes) {
        const auto id = id_of(attribute.id);
        TypedFocus typed;
        typed.chosen = std::find(chosen.begin(), chosen.end(), id) != chosen.end();
        typed.why = first(values("why-" + id));
        typed.goal = first(values("goal-" + id));
        typed.review_day = first(values("review-" + id + "-day"));
        typed.review_month = first(values("review-" + id + "-month"));
        typed.review_year = first(values("review-" + id + "-year"));
        typed.stretch_experiences =
            positions(values("stretch-" + id), attribute.stretch_experiences.size(), typed.unlisted_stretch);
        typed.micro_actions =
            positions(values("micro-" + id), attribute.micro_actions.size(), typed.unlisted_micro);
        typed.line_manager_helps = first(values("manager-" + id)) == "yes";
        typed.mentor_helps = first(values("mentor-" + id)) == "yes";
        form.focus[attribute.id] = std::move(typed);
    }
    // A ticked id the framework does not have is kept, so the check can say so.
    for (const auto& id : chosen) {
        const domain::AttributeId attribute{id};
        if (framework.find_attribute(attribute) == nullptr) {
            form.focus[attribute].chosen = true;
        }
    }
    return form;
}

domain::DevelopmentPlan plan_from_form(const PlanForm& form, const domain::Framework& framework,
                                       std::span<const domain::AttributeId> suggested, domain::Date today,
                                       std::vector<FieldProblem>& problems) {
    domain::DevelopmentPlan plan;
    plan.revision = form.revision;
    auto add = [&](const domain::AttributeId& id, const TypedFocus& typed,
                   const domain::Attribute* attribute) {
        domain::PlanFocus focus;
        focus.attribute = id;
        focus.why = typed.why;
        focus.goal = typed.goal;
        focus.line_manager_helps = typed.line_manager_helps;
        focus.mentor_helps = typed.mentor_helps;
        if (attribute != nullptr) {
            for (const auto position : typed.stretch_experiences) {
                focus.stretch_experiences.push_back(attribute->stretch_experiences[position].text);
            }
            for (const auto position : typed.micro_actions) {
                focus.micro_actions.push_back(attribute->micro_actions[position].text);
            }
            // Stand-ins that check_plan refuses, so an unlisted choice is reported like any other.
            if (typed.unlisted_stretch) {
                focus.stretch_experiences.emplace_back();
            }
            if (typed.unlisted_micro) {
                focus.micro_actions.emplace_back();
            }
            focus.review_by = read_day("review-" + id_of(id), "The date to look back on " + attribute->name,
                                       typed.review_day, typed.review_month, typed.review_year, problems);
        }
        plan.focus.push_back(std::move(focus));
    };
    for (const auto& attribute : framework.attributes) {
        const auto found = form.focus.find(attribute.id);
        if (found != form.focus.end() && found->second.chosen) {
            add(attribute.id, found->second, &attribute);
        }
    }
    for (const auto& [id, typed] : form.focus) {
        if (typed.chosen && framework.find_attribute(id) == nullptr) {
            add(id, typed, nullptr);
        }
    }
    for (const auto& problem : domain::check_plan(plan, framework, suggested, today)) {
        problems.push_back({field_of(problem), problem.message});
    }
    return plan;
}

std::string field_of(const domain::PlanProblem& problem) {
    const auto id = problem.attribute ? id_of(*problem.attribute) : std::string();
    switch (problem.part) {
    case domain::PlanPart::Focus:
        return "focus";
    case domain::PlanPart::Why:
        return "why-" + id;
    case domain::PlanPart::Goal:
        return "goal-" + id;
    case domain::PlanPart::StretchExperiences:
        return "stretch-" + id;
    case domain::PlanPart::MicroActions:
        return "micro-" + id;
    case domain::PlanPart::ReviewBy:
        return "review-" + id + "-day";
    case domain::PlanPart::CheckInDay:
        return "on-day";
    case domain::PlanPart::Did:
        return "did";
    case domain::PlanPart::Learned:
        return "learned";
    }
    return "focus";
}

} // namespace leadline::app
