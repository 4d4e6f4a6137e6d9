#include "web/views/pulse_view.hpp"

#include <array>

namespace leadline::web {

namespace {

struct Choice {
    const char* value;
    const char* label;
};

constexpr std::array<Choice, 7> choices{{{"-3", "Much less effective"},
                                         {"-2", "Less effective"},
                                         {"-1", "A little less effective"},
                                         {"0", "No change"},
                                         {"1", "A little more effective"},
                                         {"2", "More effective"},
                                         {"3", "Much more effective"}}};

const std::string* error_for(const std::vector<PageError>& errors, const std::string& field) {
    for (const auto& error : errors) {
        if (error.field_id == field) {
            return &error.message;
        }
    }
    return nullptr;
}

} // namespace

std::string pulse_field(const domain::AttributeId& attribute) {
    return "change-" + attribute.value();
}

TypedPulse typed_pulse(const app::PulseLinkView& view) {
    TypedPulse typed;
    if (!view.answer) {
        return typed;
    }
    for (const auto& item : view.items) {
        typed.changes[item.attribute.value()] = "unseen";
    }
    for (const auto& rating : view.answer->ratings) {
        typed.changes[rating.attribute.value()] = std::to_string(rating.change);
    }
    typed.feedforward = view.answer->feedforward;
    return typed;
}

void fill_pulse(ctemplate::TemplateDictionary& page, const app::PulseLinkView& view, const TypedPulse& typed,
                const std::vector<PageError>& errors, const std::string& token, const std::string& form_token,
                const std::string& done) {
    page.SetValue("SUBJECT", view.subject_name);
    page.SetValue("CYCLE", view.cycle_name);
    page.SetValue("CLOSES", view.round.closes_on.display());
    page.SetValue("ACTION", "/p/" + token);
    page.SetValue("CSRF", form_token);
    page.SetValue("FEEDFORWARD", typed.feedforward);
    page.SetIntValue("LONGEST", static_cast<long>(domain::longest_feedforward));
    if (done == "sent") {
        page.ShowSection("DONE");
    }
    for (std::size_t i = 0; i < view.items.size(); ++i) {
        const auto field = pulse_field(view.items[i].attribute);
        auto* area = page.AddSectionDictionary("AREA");
        area->SetValue("FIELD", field);
        area->SetValue("NAME", view.item_names[i]);
        area->SetValue("SUBJECT", view.subject_name);
        if (!view.item_descriptions[i].empty()) {
            area->AddSectionDictionary("DESCRIPTION")->SetValue("TEXT", view.item_descriptions[i]);
        }
        const auto chosen = typed.changes.find(view.items[i].attribute.value());
        const std::string value = chosen == typed.changes.end() ? "" : chosen->second;
        if (const auto* message = error_for(errors, field)) {
            area->ShowSection("ERROR_CLASS");
            area->AddSectionDictionary("ERROR")->SetValue("MESSAGE", *message);
        }
        for (std::size_t c = 0; c < choices.size(); ++c) {
            auto* choice = area->AddSectionDictionary("CHOICE");
            choice->SetValue("FIELD", field);
            choice->SetValue("ID", c == 0 ? field : field + "-" + std::to_string(c + 1));
            choice->SetValue("VALUE", choices[c].value);
            choice->SetValue("LABEL", choices[c].label);
            if (value == choices[c].value) {
                choice->ShowSection("CHECKED");
            }
        }
        if (value == "unseen") {
            area->ShowSection("UNSEEN_CHECKED");
        }
    }
    if (const auto* message = error_for(errors, "feedforward")) {
        page.ShowSection("FEEDFORWARD_ERROR_CLASS");
        page.AddSectionDictionary("FEEDFORWARD_ERROR")->SetValue("MESSAGE", *message);
    }
}

} // namespace leadline::web
