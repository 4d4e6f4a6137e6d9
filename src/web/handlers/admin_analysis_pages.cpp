#include "web/handlers/admin_analysis_pages.hpp"

#include "app/development/mentoring_pairs.hpp"
#include "web/views/mentoring_view.hpp"

#include "app/development/mentor_planning.hpp"
#include "app/reporting/organisation_heatmap.hpp"
#include "app/reporting/team_mix_report.hpp"
#include "web/handlers/error_answers.hpp"
#include "web/views/admin_cycle_view.hpp"
#include "web/views/analysis_views.hpp"
#include "web/views/team_mix_view.hpp"

namespace leadline::web {

namespace {

constexpr long long smallest_capacity = 1;
constexpr long long largest_capacity = 10;

using Reports = std::shared_ptr<const app::CycleReportSet>;

// The cycle's reports, or the answer for a cycle that has none yet; `what` names the page wanted, as
// the subject of a sentence.
domain::Result<Reports> published_for(const Exchange& exchange, const std::string& what) {
    auto reports = exchange.site.published.of(exchange.store(), exchange.parameters.cycle());
    if (!reports && reports.error().code == domain::ErrorCode::FailedPrecondition) {
        return domain::fail(domain::ErrorCode::FailedPrecondition,
                            what +
                                " is drawn from the reports, which are ready once the cycle is published.");
    }
    return reports;
}

const Refusal not_ready{"Not ready yet", {}};

std::string cycle_file(const Exchange& exchange, const std::string& what) {
    return what + "-cycle-" + std::to_string(exchange.parameters.cycle().value()) + ".csv";
}

// The fewest people a heatmap cell is shown for, from ?k=: nothing when what was typed is not allowed.
std::optional<std::size_t> heatmap_k(const std::string& typed) {
    if (typed.empty()) {
        return app::default_heatmap_minimum;
    }
    const auto parsed = whole_number_between(typed, static_cast<long long>(app::smallest_heatmap_minimum),
                                             static_cast<long long>(app::largest_heatmap_minimum));
    return parsed ? std::optional(static_cast<std::size_t>(*parsed)) : std::nullopt;
}

std::string heatmap_k_message() {
    return whole_number_message(static_cast<long long>(app::smallest_heatmap_minimum),
                                static_cast<long long>(app::largest_heatmap_minimum));
}

// Each mentor's most mentees, from ?capacity=: nothing when what was typed is not allowed.
std::optional<int> mentoring_capacity(const std::string& typed) {
    if (typed.empty()) {
        return app::MentoringSettings{}.capacity;
    }
    const auto parsed = whole_number_between(typed, smallest_capacity, largest_capacity);
    return parsed ? std::optional(static_cast<int>(*parsed)) : std::nullopt;
}

app::MentoringSettings settings_for(const Exchange& exchange, const MatchingAsked& asked) {
    app::MentoringSettings settings;
    settings.cycle = exchange.parameters.cycle();
    settings.capacity = asked.capacity;
    settings.keep = asked.keep;
    return settings;
}

domain::Result<app::MentoringPlan> plan_for(const Exchange& exchange, const app::CycleReportSet& reports,
                                            const MatchingAsked& asked) {
    return app::plan_mentoring(exchange.store(), reports, settings_for(exchange, asked));
}

// The pairs an admin chose, from `keep` fields ("mentee email,mentor email"); nothing when one is malformed.
std::optional<std::vector<std::pair<std::string, std::string>>>
kept_pairs_in(const std::vector<FormField>& fields) {
    std::vector<std::pair<std::string, std::string>> kept;
    for (const auto& field : fields) {
        if (field.name != "keep") {
            continue;
        }
        const auto comma = field.value.find(',');
        if (comma == std::string::npos || comma == 0 || comma + 1 == field.value.size()) {
            return std::nullopt;
        }
        kept.emplace_back(field.value.substr(0, comma), field.value.substr(comma + 1));
    }
    return kept;
}

// The other mentors the admin asked to see for one mentee (?change=), into the page.
domain::Result<void> fill_change(ctemplate::TemplateDictionary& page, const Exchange& exchange,
                                 const app::CycleReportSet& reports, const MatchingAsked& asked,
                                 const app::MentoringPlan& plan, const std::string& page_href) {
    const auto email = exchange.query("change");
    auto rows = plan.matches;
    rows.insert(rows.end(), plan.unmatched.begin(), plan.unmatched.end());
    const auto mentee = std::find_if(
        rows.begin(), rows.end(), [&](const app::MentoringMatch& row) { return row.mentee_email == email; });
    if (email.empty() || mentee == rows.end()) {
        return {};
    }
    auto options = app::mentor_options(exchange.store(), reports, settings_for(exchange, asked), email);
    if (!options) {
        return domain::fail(options.error());
    }
    fill_mentor_options(page, asked, page_href, *mentee, *options, plan.total_fit);
    return {};
}

} // namespace

Response heatmap_page(const Exchange& exchange) {
    auto reports = published_for(exchange, "The heatmap");
    if (!reports) {
        return error_answer(exchange, reports.error(), not_ready);
    }
    const auto typed = exchange.query("k");
    const auto k = heatmap_k(typed);
    auto map =
        app::organisation_heatmap(exchange.store(), **reports, k.value_or(app::default_heatmap_minimum));
    if (!map) {
        return error_answer(exchange, map.error());
    }
    const auto cycle_href = admin_cycle_href(exchange.parameters.cycle());
    const auto shown_k = k.value_or(app::default_heatmap_minimum);
    ctemplate::TemplateDictionary page("admin_heatmap");
    fill_heatmap(page, {**reports, *map, shown_k, typed.empty() ? std::to_string(shown_k) : typed,
                        cycle_href + "/heatmap", cycle_href});
    std::vector<PageError> errors;
    if (!k) {
        page.AddSectionDictionary("K_ERROR")->SetValue("MESSAGE", heatmap_k_message());
        errors.push_back({"k", heatmap_k_message()});
    }
    const auto viewer = exchange.viewer("/admin");
    return exchange.pages().page(k ? 200 : 400, "Organisation heatmap", "admin_heatmap.tpl", page, errors,
                                 &viewer);
}

Response heatmap_csv(const Exchange& exchange) {
    auto reports = published_for(exchange, "The heatmap");
    if (!reports) {
        return error_answer(exchange, reports.error(), not_ready);
    }
    const auto k = heatmap_k(exchange.query("k"));
    if (!k) {
        return Response::text(400, heatmap_k_message() + ".\n");
    }
    auto map = app::organisation_heatmap(exchange.store(), **reports, *k);
    if (!map) {
        return error_answer(exchange, map.error());
    }
    return Response::csv_download(app::heatmap_csv(*map), cycle_file(exchange, "heatmap"));
}

Response admin_team_mix(const Exchange& exchange) {
    auto reports = published_for(exchange, "A team's mix");
    if (!reports) {
        return error_answer(exchange, reports.error(), not_ready);
    }
    auto units = exchange.store().people().units();
    if (!units) {
        return error_answer(exchange, units.error());
    }
    const auto chosen = positive_id(exchange.query("unit"));
    const auto cycle_href = admin_cycle_href(exchange.parameters.cycle());
    ctemplate::TemplateDictionary page("team_mix");
    page.SetValue("CYCLE", (*reports)->cycle_name);
    page.SetValue("HEADING", "A team's right mix");
    page.SetValue("BACK", cycle_href);
    const auto chosen_name = fill_unit_choice(page, std::move(*units), chosen, cycle_href + "/team");
    if (chosen && chosen_name.empty()) {
        return not_found(exchange);
    }
    if (chosen) {
        auto members = app::subjects_in_unit(exchange.store(), **reports, domain::UnitId{*chosen});
        if (!members) {
            return error_answer(exchange, members.error());
        }
        if (members->empty()) {
            page.AddSectionDictionary("NOT_ENOUGH")
                ->SetValue("TEXT", "No one in " + chosen_name + " has a report in this cycle.");
        } else {
            page.SetValue("HEADING", "The right mix: " + chosen_name);
            fill_team_mix(page, **reports, app::team_mix_of(**reports, *members));
        }
    }
    const auto viewer = exchange.viewer("/admin");
    return exchange.pages().page(200, "A team's right mix", "team_mix.tpl", page, {}, &viewer);
}

Response mentoring_page(const Exchange& exchange) {
    auto reports = published_for(exchange, "Mentor matching");
    if (!reports) {
        return error_answer(exchange, reports.error(), not_ready);
    }
    const auto typed = exchange.query("capacity");
    const auto capacity = mentoring_capacity(typed);
    const auto kept = kept_pairs_in(parse_form(exchange.request.query).value_or(std::vector<FormField>{}));
    const MatchingAsked asked{capacity.value_or(app::MentoringSettings{}.capacity),
                              kept.value_or(MatchingAsked{}.keep)};
    auto plan = plan_for(exchange, **reports, asked);
    if (!plan) {
        return error_answer(exchange, plan.error());
    }
    const auto cycle_href = admin_cycle_href(exchange.parameters.cycle());
    const auto page_href = cycle_href + "/mentoring";
    ctemplate::TemplateDictionary page("admin_mentoring");
    fill_mentoring(page, *plan, asked, typed.empty() ? std::to_string(asked.capacity) : typed, page_href,
                   cycle_href);
    if (auto changing = fill_change(page, exchange, **reports, asked, *plan, page_href); !changing) {
        return error_answer(exchange, changing.error());
    }
    if (capacity && !plan->matches.empty()) {
        auto confirmed = app::MentoringPairs(exchange.store(), exchange.site.clock)
                             .confirmed_at(exchange.parameters.cycle());
        if (!confirmed) {
            return error_answer(exchange, confirmed.error());
        }
        fill_mentoring_confirmation(page, page_href, asked.capacity, asked.keep,
                                    exchange.signed_in().csrf_token, *confirmed, plan->matches.size(),
                                    exchange.query("done"));
    }
    std::vector<PageError> errors;
    if (!capacity) {
        const auto message = whole_number_message(smallest_capacity, largest_capacity);
        page.AddSectionDictionary("CAPACITY_ERROR")->SetValue("MESSAGE", message);
        errors.push_back({"capacity", message});
    }
    const auto viewer = exchange.viewer("/admin");
    return exchange.pages().page(capacity ? 200 : 400, "Mentor matching", "admin_mentoring.tpl", page, errors,
                                 &viewer);
}

Response confirm_mentoring(const Exchange& exchange) {
    auto reports = published_for(exchange, "Mentor matching");
    if (!reports) {
        return error_answer(exchange, reports.error(), not_ready);
    }
    // The form sends the capacity its matches were made with; without it, what to confirm is unknown.
    const auto sent = exchange.field("capacity");
    const auto capacity = mentoring_capacity(sent);
    if (sent.empty() || !capacity) {
        return unexpected_field(exchange, "capacity");
    }
    const auto kept = kept_pairs_in(exchange.form);
    if (!kept) {
        return unexpected_field(exchange, "keep");
    }
    const MatchingAsked asked{*capacity, *kept};
    auto plan = plan_for(exchange, **reports, asked);
    if (!plan) {
        return error_answer(exchange, plan.error());
    }
    auto confirmed = app::MentoringPairs(exchange.store(), exchange.site.clock)
                         .confirm(exchange.parameters.cycle(), *plan, exchange.site.base_url);
    if (!confirmed) {
        return error_answer(exchange, confirmed.error());
    }
    return Response::redirect(admin_cycle_href(exchange.parameters.cycle()) + "/mentoring?" + asked.query() +
                              "&done=confirmed");
}

Response mentoring_csv(const Exchange& exchange) {
    auto reports = published_for(exchange, "Mentor matching");
    if (!reports) {
        return error_answer(exchange, reports.error(), not_ready);
    }
    const auto capacity = mentoring_capacity(exchange.query("capacity"));
    if (!capacity) {
        return Response::text(400, whole_number_message(smallest_capacity, largest_capacity) + ".\n");
    }
    const auto kept = kept_pairs_in(parse_form(exchange.request.query).value_or(std::vector<FormField>{}));
    auto plan = plan_for(exchange, **reports, {*capacity, kept.value_or(MatchingAsked{}.keep)});
    if (!plan) {
        return error_answer(exchange, plan.error());
    }
    return Response::csv_download(app::mentoring_csv(*plan), cycle_file(exchange, "mentoring"));
}

} // namespace leadline::web
