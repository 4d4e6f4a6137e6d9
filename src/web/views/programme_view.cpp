#include "web/views/programme_view.hpp"

#include "web/views/analysis_views.hpp"
#include "web/views/figures.hpp"

namespace leadline::web {

namespace {

std::string percent_of(int part, int whole) {
    return whole == 0 ? "0%" : web::whole(100.0 * part / whole) + "%";
}

void fill_change(ctemplate::TemplateDictionary& row, const char* name, const domain::Summary& summary,
                 int minimum, bool protect = false) {
    auto* cell = row.AddSectionDictionary(name);
    if (protect) {
        cell->SetValue("TEXT", "Hidden, to protect a unit's figure below");
    } else if (summary.n == 0) {
        cell->SetValue("TEXT", "Not asked");
    } else if (summary.n < minimum) {
        cell->SetValue("TEXT", "Fewer than " + std::to_string(minimum) + " people");
    } else {
        cell->SetValue("TEXT", signed_two_places(summary.mean) + " (" + signed_two_places(summary.low) +
                                   " to " + signed_two_places(summary.high) + "), " +
                                   std::to_string(summary.n) + " people");
    }
}

void fill_by_unit(ctemplate::TemplateDictionary& closed, const app::ProgrammeRound& shown) {
    const auto& map = shown.by_unit;
    if (map.rows.empty() || map.columns.size() < 2) {
        return; // no one's focus areas could be shown
    }
    auto* by_unit = closed.AddSectionDictionary("BY_UNIT");
    by_unit->SetIntValue("K", static_cast<long>(map.k));
    by_unit->SetIntValue("HIDDEN", static_cast<long>(map.hidden_too_small + map.hidden_to_protect));
    by_unit->SetIntValue("CELLS", static_cast<long>(map.rows.size() * map.columns.size()));
    fill_heatmap_table(*by_unit, map, "Round " + std::to_string(shown.round.number) + " by unit",
                       "Change where it was a focus, round " + std::to_string(shown.round.number) +
                           ", by unit (−3 to +3). Shading: darker blue well above the organisation's "
                           "figure, darker orange well below.");
}

} // namespace

void fill_programme(ctemplate::TemplateDictionary& page, const app::ProgrammeOverview& overview) {
    page.SetValue("CYCLE", overview.cycle_name);
    page.SetIntValue("SUBJECTS", overview.subjects);
    page.SetIntValue("PLANS", overview.plans);
    page.SetValue("PLANS_SHARE", percent_of(overview.plans, overview.subjects));
    page.SetIntValue("SHARED", overview.shared);
    page.SetIntValue("WITH_CHECK_INS", overview.with_check_ins);
    page.SetIntValue("CHECK_INS", overview.check_ins);
    page.SetIntValue("TRYING", overview.trying_habits);
    page.SetIntValue("HABIT_WEEKS", overview.habit_weeks);
    page.SetIntValue("DID", overview.did);
    page.SetIntValue("NOT_YET", overview.not_yet);
    page.SetValue("DID_SHARE", percent_of(overview.did, overview.did + overview.not_yet));
    page.SetIntValue("MINIMUM", overview.minimum_subjects);
    for (const auto& choice : overview.focus) {
        auto* row = page.AddSectionDictionary("FOCUS");
        row->SetValue("NAME", choice.name);
        row->SetIntValue("PLANS", choice.plans);
        row->SetValue("SHARE", percent_of(choice.plans, overview.plans));
        row->SetIntValue("AGAINST", choice.against_report);
    }
    if (overview.rounds.empty()) {
        page.ShowSection("NO_ROUNDS");
    }
    for (const auto& shown : overview.rounds) {
        auto* round = page.AddSectionDictionary("ROUND");
        round->SetIntValue("NUMBER", shown.round.number);
        round->SetValue("OPENS", shown.round.opens_on.display());
        round->SetValue("CLOSES", shown.round.closes_on.display());
        if (shown.state != domain::PulseRoundState::Closed) {
            round->ShowSection(shown.state == domain::PulseRoundState::Open ? "OPEN" : "SCHEDULED");
            continue;
        }
        const auto& pulse = shown.pulse;
        auto* closed = round->AddSectionDictionary("CLOSED");
        closed->SetIntValue("ASKED", pulse.subjects_asked);
        closed->SetIntValue("SHOWN", pulse.subjects_shown);
        closed->SetIntValue("MORE", pulse.more_in_focus);
        closed->SetIntValue("NOT_CLEAR", pulse.not_clear);
        closed->SetIntValue("LESS", pulse.less_in_focus);
        closed->SetIntValue("TOO_FEW", pulse.too_few);
        for (std::size_t a = 0; a < pulse.areas.size(); ++a) {
            auto* row = closed->AddSectionDictionary("AREA");
            row->SetValue("NAME", shown.area_names[a]);
            fill_change(*row, "AS_FOCUS", pulse.areas[a].as_focus, overview.minimum_subjects,
                        shown.focus_protected[a]);
            fill_change(*row, "AS_COMPARISON", pulse.areas[a].as_comparison, overview.minimum_subjects);
        }
        fill_by_unit(*closed, shown);
    }
}

} // namespace leadline::web
