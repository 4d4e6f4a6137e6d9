#include "web/views/analysis_views.hpp"

#include <algorithm>
#include <cmath>

#include "app/reporting/organisation_heatmap.hpp"
#include "web/http/request.hpp"
#include "web/views/figures.hpp"

namespace leadline::web {

namespace {

// How far a unit's figure sits from the whole organisation's for the same attribute, as a shade.
std::string heat_band(double mean, const domain::HeatmapCell& organisation) {
    if (!organisation.shown || organisation.subjects == 0) {
        return "none";
    }
    const double difference = mean - organisation.mean;
    return difference >= 0.3     ? "high-2"
           : difference >= 0.15  ? "high-1"
           : difference <= -0.3  ? "low-2"
           : difference <= -0.15 ? "low-1"
                                 : "mid";
}

void fill_heatmap_cell(ctemplate::TemplateDictionary& line, const domain::HeatmapCell& cell,
                       const domain::HeatmapCell& organisation) {
    auto* shown = line.AddSectionDictionary("CELL");
    if (!cell.shown) {
        shown->SetValue("BAND", "hidden");
        shown->ShowSection("HIDDEN");
    } else if (cell.subjects == 0) {
        shown->SetValue("BAND", "none");
        shown->ShowSection("EMPTY");
    } else {
        shown->SetValue("BAND", heat_band(cell.mean, organisation));
        auto* figures = shown->AddSectionDictionary("SHOWN");
        figures->SetValue("MEAN", two_places(cell.mean));
        figures->SetIntValue("SUBJECTS", static_cast<long>(cell.subjects));
    }
}

} // namespace

void fill_heatmap_table(ctemplate::TemplateDictionary& where, const domain::Heatmap& map,
                        const std::string& label, const std::string& caption) {
    auto* table = where.AddIncludeDictionary("HEATMAP_TABLE");
    table->SetFilename("heatmap_table.tpl");
    table->SetValue("LABEL", label);
    table->SetValue("CAPTION", caption);
    for (const auto& column : map.columns) {
        table->AddSectionDictionary("COLUMN")->SetValue("NAME", column);
    }
    if (map.rows.empty()) {
        return;
    }
    const auto& organisation = map.rows.front();
    for (const auto& row : map.rows) {
        auto* line = table->AddSectionDictionary("ROW");
        line->SetValue("LABEL", row.label);
        line->SetIntValue("DEPTH", std::min(row.depth, 5));
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
            fill_heatmap_cell(*line, row.cells[c], organisation.cells[c]);
        }
    }
}

std::string whole_number_message(long long lowest, long long highest) {
    return "Enter a whole number from " + std::to_string(lowest) + " to " + std::to_string(highest);
}

void fill_heatmap(ctemplate::TemplateDictionary& page, const HeatmapPage& shown) {
    const auto& map = shown.map;
    page.SetValue("CYCLE", shown.reports.cycle_name);
    page.SetIntValue("LOWEST", shown.reports.framework->scale.lowest());
    page.SetIntValue("HIGHEST", shown.reports.framework->scale.highest());
    page.SetIntValue("K", static_cast<long>(shown.k));
    page.SetIntValue("SMALLEST", static_cast<long>(app::smallest_heatmap_minimum));
    page.SetValue("K_TYPED", shown.k_typed);
    page.SetValue("PAGE", shown.page_href);
    page.SetValue("BACK", shown.cycle_href);
    auto* table = page.AddSectionDictionary("TABLE");
    table->SetValue("CSV", shown.page_href + ".csv?k=" + std::to_string(shown.k));
    fill_heatmap_table(*table, map, "Heatmap table",
                       "Others' average by unit and attribute. Shading: darker blue well above the "
                       "organisation's average, darker orange well below; the figures say the same.");
    page.SetIntValue("HIDDEN", static_cast<long>(map.hidden_too_small + map.hidden_to_protect));
    page.SetIntValue("CELLS", static_cast<long>(map.rows.size() * map.columns.size()));
}

std::string kept_pair(const std::string& mentee, const std::string& mentor) {
    std::string value = mentee;
    value += ',';
    value += mentor;
    return value;
}

std::string MatchingAsked::query() const {
    std::string text = "capacity=" + std::to_string(capacity);
    for (const auto& [mentee, mentor] : keep) {
        text += "&keep=";
        text += url_encoded(kept_pair(mentee, mentor));
    }
    return text;
}

void fill_mentoring(ctemplate::TemplateDictionary& page, const app::MentoringPlan& plan,
                    const MatchingAsked& asked, const std::string& capacity_typed,
                    const std::string& page_href, const std::string& cycle_href) {
    page.SetValue("CYCLE", plan.cycle_name);
    page.SetValue("PAGE", page_href);
    page.SetValue("BACK", cycle_href);
    page.SetValue("CAPACITY_TYPED", capacity_typed);
    page.SetValue("CSV", page_href + ".csv?" + asked.query());
    page.SetIntValue("MATCHED", static_cast<long>(plan.matches.size()));
    page.SetIntValue("MENTORS", static_cast<long>(plan.mentors));
    page.SetValue("TOTAL", two_places(plan.total_fit));
    if (!asked.keep.empty()) {
        auto* changes = page.AddSectionDictionary("CHANGES");
        changes->SetIntValue("COUNT", static_cast<long>(asked.keep.size()));
        changes->SetValue("BEST", two_places(plan.best_total_fit));
        changes->SetValue("COST", two_places(plan.best_total_fit - plan.total_fit));
        changes->SetValue("UNDO", page_href + "?capacity=" + std::to_string(asked.capacity));
    }
    auto rows = plan.matches;
    rows.insert(rows.end(), plan.unmatched.begin(), plan.unmatched.end());
    for (const auto& match : rows) {
        auto* row = page.AddSectionDictionary("MATCH");
        row->SetValue("MENTEE", match.mentee_name);
        row->SetValue("MENTEE_EMAIL", match.mentee_email);
        row->SetValue("MENTOR", match.mentor_name.empty() ? "No mentor" : match.mentor_name);
        row->SetValue("MENTOR_EMAIL", match.mentor_email);
        row->SetValue("REASON", match.reason);
        row->SetValue("FIT", match.mentor_email.empty() ? "" : two_places(match.fit));
        row->SetValue("CHANGE", page_href + "?" + asked.query() +
                                    "&change=" + url_encoded(match.mentee_email) + "#change");
        if (match.kept) {
            row->ShowSection("KEPT");
        }
    }
}

void fill_mentor_options(ctemplate::TemplateDictionary& page, const MatchingAsked& asked,
                         const std::string& page_href, const app::MentoringMatch& mentee,
                         const std::vector<app::MentorOption>& options, double total_now) {
    auto* change = page.AddSectionDictionary("CHANGE");
    change->SetValue("MENTEE", mentee.mentee_name);
    change->SetValue("PAGE", page_href);
    change->SetIntValue("CAPACITY", asked.capacity);
    change->SetValue("CANCEL", page_href + "?" + asked.query());
    change->SetValue("NOW", two_places(total_now));
    for (const auto& [kept_mentee, mentor] : asked.keep) {
        if (kept_mentee != mentee.mentee_email) {
            change->AddSectionDictionary("KEEP_FIELD")->SetValue("VALUE", kept_pair(kept_mentee, mentor));
        }
    }
    if (options.empty()) {
        change->ShowSection("NO_OPTIONS");
    }
    bool first = true;
    for (const auto& option : options) {
        auto* choice = change->AddSectionDictionary("OPTION");
        choice->SetValue("ID", first ? std::string("keep") : "keep-" + option.email);
        choice->SetValue("VALUE", mentee.mentee_email + "," + option.email);
        choice->SetValue("NAME", option.name);
        choice->SetValue("DEPARTMENT", option.department);
        choice->SetValue("FIT", two_places(option.fit));
        choice->SetValue("TOTAL", two_places(option.total_fit));
        const double difference = option.total_fit - total_now;
        choice->SetValue("DIFFERENCE", std::abs(difference) < 0.005 ? std::string("no change")
                                       : difference < 0 ? two_places(-difference) + " less than now"
                                                        : two_places(difference) + " more than now");
        if (option.email == mentee.mentor_email) {
            choice->ShowSection("CURRENT");
            choice->ShowSection("CHECKED");
        }
        first = false;
    }
}

} // namespace leadline::web
