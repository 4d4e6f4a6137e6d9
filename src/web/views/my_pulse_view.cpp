#include "web/views/my_pulse_view.hpp"

#include "web/views/figures.hpp"

namespace leadline::web {

namespace {

std::string interval_words(const domain::Summary& summary) {
    if (!summary.has_interval()) {
        return "no interval with one answer";
    }
    return signed_two_places(summary.low) + " to " + signed_two_places(summary.high);
}

std::string honest_words(domain::HonestChange honest) {
    switch (honest) {
    case domain::HonestChange::MoreInFocus:
        return "Colleagues see more change in your focus areas than in the others asked about: the "
               "difference "
               "is clear of zero, so it is more than general goodwill.";
    case domain::HonestChange::LessInFocus:
        return "Colleagues see less change in your focus areas than in the others asked about.";
    case domain::HonestChange::NotClear:
        return "No clearer change in your focus areas than in the others asked about. Colleagues may see you "
               "as better (or worse) overall, but not more so where you focused; with more time or more "
               "answers that may show.";
    case domain::HonestChange::TooFew:
        break;
    }
    return "Too few people rated both your focus areas and the others to compare them.";
}

void fill_result(ctemplate::TemplateDictionary& round, const app::SubjectPulseRound& shown) {
    const auto& result = *shown.result;
    auto* results = round.AddSectionDictionary("RESULT");
    results->SetIntValue("ANSWERED", result.answered);
    results->SetIntValue("INVITED", shown.invited);
    if (!result.shown) {
        results->AddSectionDictionary("TOO_FEW")->SetIntValue("MINIMUM", result.minimum);
        return;
    }
    auto* figures = results->AddSectionDictionary("FIGURES");
    for (std::size_t i = 0; i < result.areas.size(); ++i) {
        const auto& area = result.areas[i];
        auto* row = figures->AddSectionDictionary("AREA");
        row->SetValue("NAME", shown.item_names[i]);
        row->SetValue("KIND", area.focus ? "Focus area" : "Compared with");
        if (area.shown) {
            auto* figure = row->AddSectionDictionary("SHOWN");
            figure->SetValue("MEAN", signed_two_places(area.change.mean));
            figure->SetValue("INTERVAL", interval_words(area.change));
            figure->SetIntValue("N", area.change.n);
        } else {
            row->ShowSection("HIDDEN");
        }
    }
    if (result.focus.n >= result.minimum) {
        auto* focus = figures->AddSectionDictionary("FOCUS");
        focus->SetValue("MEAN", signed_two_places(result.focus.mean));
        focus->SetValue("INTERVAL", interval_words(result.focus));
    }
    figures->SetValue("HONEST", honest_words(result.honest));
    if (result.honest != domain::HonestChange::TooFew) {
        auto* difference = figures->AddSectionDictionary("DIFFERENCE");
        difference->SetValue("MEAN", signed_two_places(result.difference.mean));
        difference->SetValue("INTERVAL", interval_words(result.difference));
        difference->SetIntValue("N", result.difference.n);
    }
    if (!result.feedforward.empty()) {
        auto* suggestions = figures->AddSectionDictionary("FEEDFORWARD");
        for (const auto& text : result.feedforward) {
            suggestions->AddSectionDictionary("ITEM")->SetValue("TEXT", text);
        }
    }
}

// The raters the subject added, and the form to add another with what was typed and its problem.
void fill_add_rater(ctemplate::TemplateDictionary& page, const std::vector<app::AddedPulseRater>& added,
                    const TypedPulseRater& typed, const std::vector<PageError>& errors) {
    for (const auto& rater : added) {
        auto* row = page.AddSectionDictionary("ADDED");
        row->SetValue("NAME", rater.name);
        row->SetValue("EMAIL", rater.email);
        row->SetValue("GROUP", std::string(domain::display_name(rater.group)));
    }
    page.SetValue("EMAIL", typed.email);
    page.SetValue("NAME", typed.name);
    for (const auto group :
         {domain::RaterGroup::Peer, domain::RaterGroup::DirectReport, domain::RaterGroup::Partner,
          domain::RaterGroup::ServiceUser, domain::RaterGroup::Other}) {
        auto* choice = page.AddSectionDictionary("GROUP_CHOICE");
        const std::string value(domain::to_string(group));
        choice->SetValue("VALUE", value);
        choice->SetValue("LABEL", std::string(domain::display_name(group)));
        if (typed.group == value || (typed.group.empty() && group == domain::RaterGroup::Peer)) {
            choice->ShowSection("SELECTED");
        }
    }
    for (const auto& error : errors) {
        if (error.field_id == "email") {
            page.ShowSection("EMAIL_ERROR_CLASS");
            page.AddSectionDictionary("EMAIL_ERROR")->SetValue("MESSAGE", error.message);
        }
    }
}

} // namespace

std::string my_pulse_href(domain::CycleId cycle) {
    return "/me/cycles/" + std::to_string(cycle.value()) + "/pulse";
}

void fill_my_pulse(ctemplate::TemplateDictionary& page, domain::CycleId cycle, const std::string& cycle_name,
                   const std::vector<app::SubjectPulseRound>& rounds,
                   const std::vector<app::AddedPulseRater>& added, const TypedPulseRater& typed,
                   const std::vector<PageError>& errors, const std::string& csrf, const std::string& done) {
    page.SetValue("CYCLE", cycle_name);
    page.SetValue("PLAN", "/me/cycles/" + std::to_string(cycle.value()) + "/plan");
    page.SetValue("ACTION", my_pulse_href(cycle) + "/raters");
    page.SetValue("CSRF", csrf);
    if (done == "added") {
        page.ShowSection("DONE");
    }
    if (rounds.empty()) {
        page.ShowSection("NO_ROUNDS");
    }
    for (const auto& shown : rounds) {
        auto* round = page.AddSectionDictionary("ROUND");
        round->SetIntValue("NUMBER", shown.round.number);
        round->SetValue("OPENS", shown.round.opens_on.display());
        round->SetValue("CLOSES", shown.round.closes_on.display());
        switch (shown.state) {
        case domain::PulseRoundState::Scheduled:
            round->ShowSection("SCHEDULED");
            break;
        case domain::PulseRoundState::Open:
            round->AddSectionDictionary(shown.asked ? "OPEN" : "NOT_ASKED")
                ->SetIntValue("INVITED", shown.invited);
            break;
        case domain::PulseRoundState::Closed:
            if (shown.result) {
                fill_result(*round, shown);
            } else {
                round->ShowSection("NOT_ASKED");
            }
            break;
        }
    }
    fill_add_rater(page, added, typed, errors);
}

} // namespace leadline::web
