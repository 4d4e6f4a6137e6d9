#include "web/views/habit_week_view.hpp"

namespace leadline::web {

std::string habit_answer_words(const std::optional<bool>& did) {
    if (!did) {
        return "Not said yet";
    }
    return *did ? "Did it" : "Not yet";
}

void fill_habit_week(ctemplate::TemplateDictionary& page, const app::HabitWeekView& view,
                     const std::string& token, const std::string& form_token, const std::string& done) {
    const auto action = "/h/" + token;
    page.SetValue("NAME", view.owner_name);
    page.SetValue("DATE", view.week.week_start.display());
    if (done == "answered") {
        page.AddSectionDictionary("DONE")->SetValue("MESSAGE", "Thank you: noted.");
    } else if (done == "nudges-off") {
        page.AddSectionDictionary("DONE")->SetValue("MESSAGE", "You will not get these weekly emails again.");
    } else if (done == "nudges-on") {
        page.AddSectionDictionary("DONE")->SetValue("MESSAGE",
                                                    "The weekly email will come again on Mondays.");
    }
    if (!view.current) {
        page.ShowSection("OVER");
    }
    for (const auto& answer : view.week.answers) {
        auto* item = page.AddSectionDictionary("ITEM");
        item->SetValue("TEXT", answer.micro_action);
        item->SetValue("STATE", habit_answer_words(answer.did));
        if (view.current) {
            auto* form = item->AddSectionDictionary("ANSWER");
            form->SetValue("ACTION", action);
            form->SetValue("CSRF", form_token);
            form->SetValue("TEXT", answer.micro_action);
        }
    }
    auto* nudges = page.AddSectionDictionary(view.nudges ? "NUDGES_ON" : "NUDGES_OFF");
    nudges->SetValue("ACTION", action);
    nudges->SetValue("CSRF", form_token);
}

} // namespace leadline::web
