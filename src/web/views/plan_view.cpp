#include "web/views/plan_view.hpp"

#include <algorithm>

#include "app/ports/clock.hpp"
#include "web/views/effort_words.hpp"
#include "web/views/habit_week_view.hpp"

namespace leadline::web {

namespace {

std::string attribute_name(const domain::Framework& framework, const domain::AttributeId& id) {
    const auto* attribute = framework.find_attribute(id);
    return attribute != nullptr ? attribute->name : id.value();
}

// The effort the framework gives an idea, by its wording; empty when the framework no longer has it.
std::string effort_of(const std::vector<domain::DevelopmentIdea>& ideas, const std::string& text) {
    for (const auto& idea : ideas) {
        if (idea.text == text) {
            return effort_words(idea.effort);
        }
    }
    return "";
}

void fill_ideas(ctemplate::TemplateDictionary& area, const char* section, const char* list,
                const std::vector<std::string>& chosen, const std::vector<domain::DevelopmentIdea>* offered) {
    if (chosen.empty()) {
        return;
    }
    area.ShowSection(section);
    for (const auto& text : chosen) {
        auto* item = area.AddSectionDictionary(list);
        item->SetValue("TEXT", text);
        const auto effort = offered != nullptr ? effort_of(*offered, text) : std::string();
        if (!effort.empty()) {
            item->AddSectionDictionary("EFFORT")->SetValue("WORDS", effort);
        }
    }
}

std::string helpers(const domain::PlanFocus& focus, const std::optional<domain::Person>& manager) {
    std::string manager_words = manager ? manager->name + " (line manager)" : "Line manager";
    if (focus.line_manager_helps && focus.mentor_helps) {
        return manager_words + " and a mentor";
    }
    if (focus.line_manager_helps) {
        return manager_words;
    }
    return focus.mentor_helps ? "A mentor" : "";
}

void fill_focus(ctemplate::TemplateDictionary& page, const app::PlanContext& context) {
    const auto& framework = context.framework();
    for (const auto& focus : context.plan.focus) {
        const auto* attribute = framework.find_attribute(focus.attribute);
        auto* area = page.AddSectionDictionary("AREA");
        area->SetValue("NAME", attribute_name(framework, focus.attribute));
        area->SetValue("GOAL", focus.goal);
        if (!focus.why.empty()) {
            area->AddSectionDictionary("WHY")->SetValue("TEXT", focus.why);
        }
        fill_ideas(*area, "HAS_STRETCH", "STRETCH", focus.stretch_experiences,
                   attribute != nullptr ? &attribute->stretch_experiences : nullptr);
        fill_ideas(*area, "HAS_MICRO", "MICRO", focus.micro_actions,
                   attribute != nullptr ? &attribute->micro_actions : nullptr);
        if (focus.review_by) {
            area->AddSectionDictionary("REVIEW")->SetValue("DATE", focus.review_by->display());
        }
        if (const auto who = helpers(focus, context.line_manager); !who.empty()) {
            area->AddSectionDictionary("HELPERS")->SetValue("TEXT", who);
        }
    }
}

void fill_sharing(ctemplate::TemplateDictionary& page, const PlanPage& shown) {
    const auto& context = shown.context;
    auto* sharing = page.AddSectionDictionary("SHARING");
    sharing->SetValue("ACTION", my_plan_href(context.plan.cycle) + "/sharing");
    sharing->SetValue("CSRF", shown.csrf_token);
    if (context.mentor) {
        auto* mentor = sharing->AddSectionDictionary(context.plan.shared_with_mentor ? "MENTOR_SHARED"
                                                                                     : "MENTOR_PRIVATE");
        mentor->SetValue("MENTOR", context.mentor->name);
        mentor->SetValue("ACTION", my_plan_href(context.plan.cycle) + "/mentor-sharing");
        mentor->SetValue("CSRF", shown.csrf_token);
    }
    if (!context.line_manager) {
        sharing->ShowSection("NO_MANAGER");
        return;
    }
    sharing->SetValue("MANAGER", context.line_manager->name);
    if (context.plan.shared_with_manager) {
        auto* shared = sharing->AddSectionDictionary("SHARED");
        shared->SetValue("SINCE", app::date_of(context.plan.shared_at).display());
        shared->SetValue("MANAGER", context.line_manager->name);
    } else {
        sharing->AddSectionDictionary("PRIVATE")->SetValue("MANAGER", context.line_manager->name);
    }
}

void fill_check_in_form(ctemplate::TemplateDictionary& page, const PlanPage& shown) {
    const auto& context = shown.context;
    auto* form = page.AddSectionDictionary("CHECK_IN_FORM");
    form->SetValue("ACTION", my_plan_href(context.plan.cycle) + "/check-ins");
    form->SetValue("CSRF", shown.csrf_token);
    form->SetValue("DAY", shown.on_day);
    form->SetValue("MONTH", shown.on_month);
    form->SetValue("YEAR", shown.on_year);
    form->SetValue("DID", shown.did);
    form->SetValue("LEARNED", shown.learned);
    auto* whole = form->AddSectionDictionary("ABOUT");
    whole->SetValue("VALUE", "");
    whole->SetValue("NAME", "The plan as a whole");
    if (shown.about.empty()) {
        whole->ShowSection("SELECTED");
    }
    for (const auto& focus : context.plan.focus) {
        auto* option = form->AddSectionDictionary("ABOUT");
        option->SetValue("VALUE", focus.attribute.value());
        option->SetValue("NAME", attribute_name(context.framework(), focus.attribute));
        if (shown.about == focus.attribute.value()) {
            option->ShowSection("SELECTED");
        }
    }
    for (const auto& error : shown.errors) {
        const std::string section =
            error.field_id == "on-day" || error.field_id == "on-month" || error.field_id == "on-year"
                ? "DAY_ERROR"
            : error.field_id == "did"   ? "DID_ERROR"
            : error.field_id == "about" ? "ABOUT_ERROR"
                                        : "LEARNED_ERROR";
        form->AddSectionDictionary(section)->SetValue("MESSAGE", error.message);
    }
}

// The plan's micro-actions, each once, in the plan's order.
std::vector<std::string> plan_micro_actions(const domain::DevelopmentPlan& plan) {
    std::vector<std::string> all;
    for (const auto& focus : plan.focus) {
        for (const auto& text : focus.micro_actions) {
            if (std::find(all.begin(), all.end(), text) == all.end()) {
                all.push_back(text);
            }
        }
    }
    return all;
}

void fill_habits(ctemplate::TemplateDictionary& page, const PlanPage& shown) {
    const auto& context = shown.context;
    const bool owner = shown.reader == app::PlanReader::Owner;
    const auto offered = plan_micro_actions(context.plan);
    if (offered.empty()) {
        return;
    }
    auto* habits = page.AddSectionDictionary("HABITS");
    const auto base = my_plan_href(context.plan.cycle);
    if (!context.this_week.answers.empty()) {
        auto* week = habits->AddSectionDictionary("THIS_WEEK");
        week->SetValue("DATE", context.this_week.week_start.display());
        for (const auto& answer : context.this_week.answers) {
            auto* item = week->AddSectionDictionary("ITEM");
            item->SetValue("TEXT", answer.micro_action);
            item->SetValue("STATE", habit_answer_words(answer.did));
            if (owner) {
                auto* buttons = item->AddSectionDictionary("ANSWER");
                buttons->SetValue("ACTION", base + "/habits/answer");
                buttons->SetValue("CSRF", shown.csrf_token);
                buttons->SetValue("TEXT", answer.micro_action);
            }
        }
    }
    const auto tallies = domain::tally_habits(context.habit_weeks);
    auto* table = tallies.empty() ? nullptr : habits->AddSectionDictionary("TALLIES");
    for (const auto& tally : tallies) {
        auto* row = table->AddSectionDictionary("TALLY");
        row->SetValue("TEXT", tally.micro_action);
        row->SetIntValue("WEEKS", tally.weeks);
        row->SetIntValue("DONE", tally.done);
    }
    if (!owner) {
        return;
    }
    auto* form = habits->AddSectionDictionary("PICK_FORM");
    form->SetValue("ACTION", base + "/habits");
    form->SetValue("CSRF", shown.csrf_token);
    for (std::size_t i = 0; i < offered.size(); ++i) {
        auto* option = form->AddSectionDictionary("OPTION");
        option->SetValue("TEXT", offered[i]);
        option->SetValue("ID", i == 0 ? "picks" : "picks-" + std::to_string(i));
        if (std::find(context.picks.begin(), context.picks.end(), offered[i]) != context.picks.end()) {
            option->ShowSection("CHECKED");
        }
    }
    for (const auto& error : shown.errors) {
        if (error.field_id == "picks") {
            form->AddSectionDictionary("PICK_ERROR")->SetValue("MESSAGE", error.message);
        }
    }
    auto* nudges = habits->AddSectionDictionary(context.plan.nudges ? "NUDGES_ON" : "NUDGES_OFF");
    nudges->SetValue("ACTION", base + "/nudges");
    nudges->SetValue("CSRF", shown.csrf_token);
}

void fill_timeline(ctemplate::TemplateDictionary& page, const app::PlanContext& context, bool owner) {
    const auto entries = domain::plan_timeline(context.plan, context.check_ins);
    const std::string manager = context.line_manager ? context.line_manager->name : "your line manager";
    for (auto entry = entries.rbegin(); entry != entries.rend(); ++entry) {
        auto* item = page.AddSectionDictionary("EVENT");
        item->SetValue("DATE", entry->on.display());
        item->SetValue("ISO", entry->on.iso());
        switch (entry->kind) {
        case domain::TimelineEntry::Kind::Started:
            item->SetValue("TITLE", "Plan started");
            break;
        case domain::TimelineEntry::Kind::Changed:
            item->SetValue("TITLE", "Plan last changed");
            break;
        case domain::TimelineEntry::Kind::Shared:
            item->SetValue("TITLE", owner ? "Shared with " + manager : "Shared with you");
            break;
        case domain::TimelineEntry::Kind::CheckIn: {
            const auto& check_in = *entry->check_in;
            item->SetValue("TITLE", check_in.about
                                        ? "Check-in: " + attribute_name(context.framework(), *check_in.about)
                                        : "Check-in");
            item->AddSectionDictionary("DID")->SetValue("TEXT", check_in.did);
            if (!check_in.learned.empty()) {
                item->AddSectionDictionary("LEARNED")->SetValue("TEXT", check_in.learned);
            }
            break;
        }
        }
    }
}

std::string done_message(const std::string& done) {
    if (done == "saved") {
        return "Your plan is saved.";
    }
    if (done == "checked-in") {
        return "Your check-in is saved.";
    }
    if (done == "shared") {
        return "Your line manager can now read your plan.";
    }
    if (done == "unshared") {
        return "Your line manager can no longer read your plan.";
    }
    if (done == "mentor-shared") {
        return "Your mentor can now read your plan.";
    }
    if (done == "mentor-unshared") {
        return "Your mentor can no longer read your plan.";
    }
    if (done == "picked") {
        return "Your micro-actions for the week are saved.";
    }
    if (done == "answered") {
        return "Noted for this week.";
    }
    if (done == "nudges-off") {
        return "You will not get the weekly email.";
    }
    if (done == "nudges-on") {
        return "You will get the weekly email on Mondays.";
    }
    return "";
}

} // namespace

std::string my_plan_href(domain::CycleId cycle) {
    return "/me/cycles/" + std::to_string(cycle.value()) + "/plan";
}

std::string plan_heading(const PlanPage& shown) {
    if (shown.reader == app::PlanReader::Owner) {
        return "Your development plan";
    }
    return shown.context.subject->name + "'s development plan";
}

void fill_plan(ctemplate::TemplateDictionary& page, const PlanPage& shown) {
    const auto& context = shown.context;
    const bool owner = shown.reader == app::PlanReader::Owner;
    page.SetValue("CYCLE", context.reports->cycle_name);
    page.SetValue("HEADING", plan_heading(shown));
    if (const auto message = done_message(shown.done); owner && !message.empty()) {
        page.AddSectionDictionary("DONE")->SetValue("MESSAGE", message);
    }
    const auto cycle = context.plan.cycle;
    if (context.plan.revision == 0) {
        auto* start = page.AddSectionDictionary("NO_PLAN");
        start->SetValue("EDIT", my_plan_href(cycle) + "/edit");
        start->SetValue("REPORT", "/me/cycles/" + std::to_string(cycle.value()) + "/report");
        if (context.suggested.empty()) {
            start->ShowSection("NONE_SUGGESTED");
        } else {
            auto* suggestions = start->AddSectionDictionary("SUGGESTIONS");
            for (const auto& id : context.suggested) {
                suggestions->AddSectionDictionary("SUGGESTED")
                    ->SetValue("NAME", attribute_name(context.framework(), id));
            }
        }
        return;
    }
    page.ShowSection("PLAN");
    fill_focus(page, context);
    fill_habits(page, shown);
    if (owner) {
        auto* own = page.AddSectionDictionary("OWNER");
        own->SetValue("EDIT", my_plan_href(cycle) + "/edit");
        own->SetValue("PULSE", "/me/cycles/" + std::to_string(cycle.value()) + "/pulse");
        fill_sharing(page, shown);
        fill_check_in_form(page, shown);
    } else {
        page.AddSectionDictionary("READER")->SetValue("NAME", context.subject->name);
    }
    fill_timeline(page, context, owner);
}

} // namespace leadline::web
