#include "web/views/progress_view.hpp"

#include "web/http/request.hpp"
#include "web/views/admin_cycle_view.hpp"

namespace leadline::web {

namespace {

struct StandingFilter {
    std::optional<domain::SubjectStanding> standing;
    const char* label;
};

constexpr std::array<StandingFilter, 5> filters{{
    {std::nullopt, "Everyone"},
    {domain::SubjectStanding::NotNominated, "Not nominated"},
    {domain::SubjectStanding::TooFewAsked, "Too few asked"},
    {domain::SubjectStanding::WaitingForAnswers, "Waiting for answers"},
    {domain::SubjectStanding::Complete, "Complete"},
}};

void fill_totals(ctemplate::TemplateDictionary& page, const app::ProgressTotals& totals) {
    page.SetIntValue("SUBJECT_COUNT", static_cast<long>(totals.subjects));
    page.SetIntValue("NOMINATED", totals.nominated);
    page.SetIntValue("INVITED", totals.invited);
    page.SetIntValue("SUBMITTED", totals.submitted);
    const auto under = totals.under_minimum;
    page.SetValue("UNDER_MINIMUM_TEXT",
                  under == 0 ? "Every group asked for has enough answers to be shown."
                             : std::to_string(under) + (under == 1 ? " subject has" : " subjects have") +
                                   " a group still under its minimum: it will be merged or left out of their "
                                   "report unless more answers come.");
}

void fill_filters(ctemplate::TemplateDictionary& page, const app::CycleOverview& overview,
                  const app::ProgressQuery& query, const app::ProgressTotals& totals) {
    for (const auto& filter : filters) {
        auto* item = page.AddSectionDictionary("FILTER");
        const auto count = filter.standing ? totals.by_standing.at(static_cast<std::size_t>(*filter.standing))
                                           : totals.subjects;
        auto* shown = item->AddSectionDictionary(filter.standing == query.standing ? "CURRENT" : "LINK");
        shown->SetValue("LABEL", filter.label);
        shown->SetIntValue("COUNT", static_cast<long>(count));
        auto filtered = query;
        filtered.standing = filter.standing;
        filtered.page = 1;
        shown->SetValue("HREF", progress_href(overview.id, filtered));
    }
    page.SetValue("PROGRESS_PAGE", admin_cycle_href(overview.id) + "#progress");
    page.SetValue("FIND", query.find);
    if (query.standing) {
        page.AddSectionDictionary("STANDING_FIELD")
            ->SetValue("VALUE", std::string(to_string(*query.standing)));
    }
}

// The unit and order choices of the filter form, with the current ones selected.
void fill_unit_and_order(ctemplate::TemplateDictionary& page, const app::CycleOverview& overview,
                         const app::ProgressQuery& query) {
    for (const auto& unit : app::units_of(overview.subjects)) {
        auto* option = page.AddSectionDictionary("UNIT_OPTION");
        option->SetValue("VALUE", unit.path);
        option->SetValue("LABEL", unit.path + " (" + std::to_string(unit.subjects) + ")");
        if (unit.path == query.unit) {
            option->ShowSection("SELECTED");
        }
    }
    constexpr std::array<std::pair<app::ProgressSort, const char*>, 4> orders{{
        {app::ProgressSort::Name, "Name"},
        {app::ProgressSort::Standing, "Furthest behind first"},
        {app::ProgressSort::FewestAnswers, "Fewest answers first"},
        {app::ProgressSort::Unit, "Unit"},
    }};
    for (const auto& [sort, label] : orders) {
        auto* option = page.AddSectionDictionary("SORT_OPTION");
        option->SetValue("VALUE", std::string(to_string(sort)));
        option->SetValue("LABEL", label);
        if (sort == query.sort) {
            option->ShowSection("SELECTED");
        }
    }
}

// The query as it is, on another page.
app::ProgressQuery on_page(app::ProgressQuery query, std::size_t page) {
    query.page = page;
    return query;
}

void fill_rows(ctemplate::TemplateDictionary& page, const app::CycleOverview& overview,
               const app::ProgressSelection& selection, bool subject_links) {
    for (const auto* subject : selection.shown) {
        auto* row = page.AddSectionDictionary("SUBJECT");
        row->SetValue("NAME", subject->name);
        if (subject_links) {
            row->AddSectionDictionary("SUBJECT_LINK")
                ->SetValue("HREF", admin_cycle_href(overview.id) + "/subjects/" +
                                       std::to_string(subject->subject.value()));
        } else {
            row->ShowSection("SUBJECT_NAME");
        }
        row->SetValue("EMAIL", subject->email);
        row->SetValue("UNIT", subject->unit);
        if (overview.state == domain::CycleState::Published) {
            auto* report = row->AddSectionDictionary("REPORT");
            report->SetValue("HREF", admin_cycle_href(overview.id) + "/reports/" +
                                         std::to_string(subject->subject.value()));
            report->SetValue("NAME", subject->name);
        }
        for (const auto& group : subject->groups) {
            auto* cell = row->AddSectionDictionary("CELL");
            cell->SetIntValue("SUBMITTED", group.submitted);
            cell->SetIntValue("INVITED", group.invited);
            cell->SetIntValue("NOMINATED", group.nominated);
            if (group.under_minimum()) {
                cell->AddSectionDictionary("UNDER")->SetIntValue("MINIMUM", group.minimum);
            }
        }
    }
}

void fill_pages(ctemplate::TemplateDictionary& page, const app::CycleOverview& overview,
                const app::ProgressQuery& query, const app::ProgressSelection& selection) {
    const auto first = (selection.page - 1) * app::progress_page_size + 1;
    page.SetValue("SHOWING_TEXT", selection.matching == 0
                                      ? "No subject matches."
                                      : "Showing " + std::to_string(first) + " to " +
                                            std::to_string(first + selection.shown.size() - 1) + " of " +
                                            std::to_string(selection.matching) +
                                            (selection.matching == 1 ? " subject." : " subjects."));
    page.SetValue("CSV", progress_href(overview.id, on_page(query, 1), ".csv"));
    if (selection.pages < 2) {
        return;
    }
    auto* pagination = page.AddSectionDictionary("PAGINATION");
    pagination->SetIntValue("PAGE", static_cast<long>(selection.page));
    pagination->SetIntValue("PAGES", static_cast<long>(selection.pages));
    if (selection.page > 1) {
        pagination->AddSectionDictionary("PREV")->SetValue(
            "HREF", progress_href(overview.id, on_page(query, selection.page - 1)));
    }
    if (selection.page < selection.pages) {
        pagination->AddSectionDictionary("NEXT")->SetValue(
            "HREF", progress_href(overview.id, on_page(query, selection.page + 1)));
    }
}

} // namespace

std::string progress_href(domain::CycleId cycle, const app::ProgressQuery& query, const std::string& suffix) {
    std::string parameters;
    auto add = [&](const std::string& name, const std::string& value) {
        parameters += (parameters.empty() ? "?" : "&") + name + "=" + url_encoded(value);
    };
    if (query.standing) {
        add("standing", std::string(to_string(*query.standing)));
    }
    if (!query.find.empty()) {
        add("find", query.find);
    }
    if (!query.unit.empty()) {
        add("unit", query.unit);
    }
    if (query.sort != app::ProgressSort::Name) {
        add("sort", std::string(to_string(query.sort)));
    }
    if (query.page > 1) {
        add("page", std::to_string(query.page));
    }
    const auto base = admin_cycle_href(cycle) + (suffix.empty() ? "" : "/progress" + suffix);
    return base + parameters + (suffix.empty() ? "#progress" : "");
}

void fill_progress(ctemplate::TemplateDictionary& page, const app::CycleOverview& overview,
                   const app::ProgressQuery& query, bool subject_links) {
    const auto selection = app::select_progress(overview.subjects, query);
    fill_totals(page, selection.totals);
    fill_filters(page, overview, query, selection.totals);
    fill_unit_and_order(page, overview, query);
    fill_rows(page, overview, selection, subject_links);
    fill_pages(page, overview, query, selection);
}

} // namespace leadline::web
