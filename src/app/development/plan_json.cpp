#include "app/development/plan_json.hpp"

#include "app/text/json_writer.hpp"

namespace leadline::app {

namespace {

void write_ideas(JsonWriter& json, const std::vector<std::string>& chosen, const domain::Attribute* attribute,
                 std::vector<domain::DevelopmentIdea> domain::Attribute::*offered) {
    json.begin_array();
    for (const auto& text : chosen) {
        json.begin_object().key("text").string(text).key("effort");
        const domain::DevelopmentIdea* found = nullptr;
        if (attribute != nullptr) {
            for (const auto& idea : attribute->*offered) {
                if (idea.text == text) {
                    found = &idea;
                }
            }
        }
        if (found != nullptr) {
            json.string(domain::to_string(found->effort));
        } else {
            json.null();
        }
        json.end_object();
    }
    json.end_array();
}

void write_focus(JsonWriter& json, const domain::PlanFocus& focus, const domain::Framework& framework) {
    const auto* attribute = framework.find_attribute(focus.attribute);
    json.begin_object().key("attribute").string(focus.attribute.value()).key("name");
    json.string(attribute != nullptr ? attribute->name : focus.attribute.value());
    json.key("goal").string(focus.goal).key("why").string(focus.why);
    json.key("stretch_experiences");
    write_ideas(json, focus.stretch_experiences, attribute, &domain::Attribute::stretch_experiences);
    json.key("micro_actions");
    write_ideas(json, focus.micro_actions, attribute, &domain::Attribute::micro_actions);
    json.key("review_by");
    if (focus.review_by) {
        json.string(focus.review_by->iso());
    } else {
        json.null();
    }
    json.key("line_manager_helps").boolean(focus.line_manager_helps);
    json.key("mentor_helps").boolean(focus.mentor_helps).end_object();
}

} // namespace

std::string plan_json(const PlanContext& context) {
    JsonWriter json;
    const auto& plan = context.plan;
    json.begin_object().key("cycle").integer(plan.cycle.value()).key("person").integer(plan.person.value());
    json.key("name").string(context.subject->name);
    json.key("suggested").begin_array();
    for (const auto& id : context.suggested) {
        json.string(id.value());
    }
    json.end_array().key("plan");
    if (plan.revision == 0) {
        json.null().end_object();
        return json.text();
    }
    json.begin_object().key("revision").integer(plan.revision);
    json.key("started_at").integer(plan.started_at).key("changed_at").integer(plan.changed_at);
    json.key("shared_with_line_manager").boolean(plan.shared_with_manager);
    json.key("focus").begin_array();
    for (const auto& focus : plan.focus) {
        write_focus(json, focus, context.framework());
    }
    json.end_array().key("check_ins").begin_array();
    for (const auto& check_in : context.check_ins) {
        json.begin_object().key("on").string(check_in.on.iso()).key("about");
        if (check_in.about) {
            json.string(check_in.about->value());
        } else {
            json.null();
        }
        json.key("did").string(check_in.did).key("learned").string(check_in.learned).end_object();
    }
    json.end_array().end_object().end_object();
    return json.text();
}

} // namespace leadline::app
