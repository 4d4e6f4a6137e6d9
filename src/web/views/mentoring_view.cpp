#include "web/views/mentoring_view.hpp"

#include "web/views/analysis_views.hpp"
#include "web/views/participant_views.hpp"

namespace leadline::web {

void fill_my_mentoring(ctemplate::TemplateDictionary& page, const std::vector<app::MentoringSide>& sides) {
    if (sides.empty()) {
        return;
    }
    auto* section = page.AddSectionDictionary("MENTORING");
    for (const auto& side : sides) {
        auto* item = section->AddSectionDictionary(side.as_mentee ? "MENTOR" : "MENTEE");
        item->SetValue("NAME", side.other_name);
        item->SetValue("EMAIL", side.other_email);
        item->SetValue("CYCLE", side.cycle_name);
        item->SetValue("REASON", side.pair.reason);
        if (!side.as_mentee && side.plan_shared) {
            item->AddSectionDictionary("PLAN")->SetValue("HREF",
                                                         my_cycle_href(side.pair.cycle) + "/plans/" +
                                                             std::to_string(side.pair.mentee.value()));
        }
    }
}

void fill_mentoring_confirmation(ctemplate::TemplateDictionary& page, const std::string& action, int capacity,
                                 const std::vector<std::pair<std::string, std::string>>& keep,
                                 const std::string& csrf, std::int64_t confirmed_at, std::size_t matches,
                                 const std::string& done) {
    if (done == "confirmed") {
        page.AddSectionDictionary("CONFIRMED_NOW")->SetIntValue("COUNT", static_cast<long>(matches));
    }
    auto* form = page.AddSectionDictionary("CONFIRM");
    form->SetValue("ACTION", action);
    form->SetIntValue("CAPACITY", capacity);
    form->SetValue("CSRF", csrf);
    for (const auto& [mentee, mentor] : keep) {
        form->AddSectionDictionary("KEEP")->SetValue("VALUE", kept_pair(mentee, mentor));
    }
    if (confirmed_at > 0) {
        form->AddSectionDictionary("BEFORE")->SetValue("DATE", domain::day_of(confirmed_at).display());
    }
}

} // namespace leadline::web
