#include "app/reporting/report_json.hpp"

#include "app/text/json_writer.hpp"

namespace leadline::app {

namespace {

using domain::ReportCell;

void write_optional(JsonWriter& json, const std::optional<double>& value) {
    if (value) {
        json.number(*value);
    } else {
        json.null();
    }
}

void write_cell(JsonWriter& json, const ReportCell& cell) {
    json.begin_object().key("shown").boolean(cell.shown);
    if (cell.shown) {
        json.key("n").integer(cell.score.n).key("mean").number(cell.score.mean);
        json.key("sd").number(cell.score.sd);
        json.key("low");
        if (cell.score.has_interval()) {
            json.number(cell.score.low).key("high").number(cell.score.high);
        } else {
            json.null().key("high").null();
        }
        json.key("not_observed").integer(cell.not_observed);
    }
    json.end_object();
}

void write_cells(JsonWriter& json, const std::vector<domain::ReportedGroup>& groups,
                 const std::vector<ReportCell>& cells) {
    json.begin_array();
    for (std::size_t i = 0; i < cells.size(); ++i) {
        json.begin_object().key("group").string(report_column_id(groups[i])).key("score");
        write_cell(json, cells[i]);
        json.end_object();
    }
    json.end_array();
}

void write_gap(JsonWriter& json, const std::optional<domain::Gap>& gap) {
    if (!gap) {
        json.null();
        return;
    }
    json.begin_object().key("value").number(gap->value);
    if (gap->has_interval) {
        json.key("low").number(gap->low).key("high").number(gap->high);
    } else {
        json.key("low").null().key("high").null();
    }
    json.end_object();
}

void write_difference(JsonWriter& json, const domain::Difference& difference) {
    json.begin_object().key("value").number(difference.value);
    if (difference.has_interval) {
        json.key("low").number(difference.low).key("high").number(difference.high);
    } else {
        json.key("low").null().key("high").null();
    }
    json.end_object();
}

void write_change(JsonWriter& json, const std::optional<ChangeSincePrevious>& change) {
    if (!change) {
        json.null();
        return;
    }
    json.begin_object().key("cycle").begin_object().key("id").integer(change->cycle.value());
    json.key("name").string(change->cycle_name).end_object();
    json.key("overall");
    if (change->overall) {
        write_difference(json, *change->overall);
    } else {
        json.null();
    }
    json.key("attributes").begin_array();
    for (const auto& [attribute, difference] : change->attributes) {
        json.begin_object().key("attribute").string(attribute.value()).key("change");
        write_difference(json, difference);
        json.end_object();
    }
    json.end_array().end_object();
}

void write_category(JsonWriter& json, const std::optional<domain::SelfAwareness>& category) {
    if (category) {
        json.string(domain::to_string(*category));
    } else {
        json.null();
    }
}

void write_ideas(JsonWriter& json, const std::vector<domain::DevelopmentIdea>& ideas) {
    json.begin_array();
    for (const auto& idea : ideas) {
        json.begin_object().key("text").string(idea.text).key("effort").string(
            domain::to_string(idea.effort));
        json.end_object();
    }
    json.end_array();
}

void write_ranked(JsonWriter& json, const domain::Framework& framework,
                  const std::vector<domain::RankedBehaviour>& ranked) {
    json.begin_array();
    for (const auto& entry : ranked) {
        const auto* behaviour = framework.find_behaviour(entry.id);
        json.begin_object()
            .key("behaviour")
            .string(entry.id.value())
            .key("attribute")
            .string(entry.attribute.value());
        json.key("text").string(behaviour ? behaviour->rater_text : "").key("mean").number(entry.mean);
        json.end_object();
    }
    json.end_array();
}

void write_strings(JsonWriter& json, const std::vector<std::string>& texts) {
    json.begin_array();
    for (const auto& text : texts) {
        json.string(text);
    }
    json.end_array();
}

} // namespace

std::string report_json(const CycleReportSet& set, const SubjectReport& subject) {
    const auto& framework = *set.framework;
    const auto& report = subject.report;
    JsonWriter json;
    json.begin_object();
    json.key("cycle").begin_object().key("id").integer(set.cycle.value()).key("name").string(set.cycle_name);
    json.key("norm").number(set.norm).end_object();
    json.key("framework").begin_object().key("id").string(framework.id.value());
    json.key("version").string(framework.version).key("name").string(framework.name);
    json.key("scale").begin_object().key("lowest").integer(framework.scale.lowest());
    json.key("highest").integer(framework.scale.highest()).end_object().end_object();
    json.key("subject").begin_object().key("name").string(subject.name).key("email").string(subject.email);
    json.end_object();
    json.key("groups").begin_array();
    for (const auto& group : report.groups) {
        json.begin_object()
            .key("group")
            .string(report_column_id(group))
            .key("label")
            .string(domain::label_of(group));
        json.key("responses").integer(group.responses).end_object();
    }
    json.end_array();
    json.key("some_group_merged").boolean(report.some_group_merged);
    json.key("some_group_left_out").boolean(report.some_group_left_out);
    json.key("overall").begin_object().key("self");
    write_optional(json, report.self_overall);
    json.key("others");
    write_cell(json, report.others_overall);
    json.key("gap");
    write_gap(json, report.overall_gap);
    json.key("self_awareness");
    write_category(json, report.self_awareness);
    json.key("detectable").begin_object().key("standing_out");
    write_optional(json, report.detectable_standing_out);
    json.key("overall_gap");
    write_optional(json, report.detectable_overall_gap);
    json.end_object().end_object();
    json.key("change_since_previous");
    write_change(json, subject.previous);
    json.key("attributes").begin_array();
    for (const auto& attribute : report.attributes) {
        json.begin_object().key("id").string(attribute.id.value()).key("name").string(attribute.name);
        json.key("self");
        write_optional(json, attribute.self);
        json.key("others");
        write_cell(json, attribute.others);
        json.key("by_group");
        write_cells(json, report.groups, attribute.by_group);
        json.key("gap");
        write_gap(json, attribute.gap);
        json.key("stands_out");
        write_gap(json, attribute.stands_out);
        json.key("agreement");
        write_optional(json, attribute.agreement);
        json.key("flags").begin_object().key("blind_spot").boolean(attribute.blind_spot);
        json.key("hidden_strength").boolean(attribute.hidden_strength);
        json.key("raters_disagree").boolean(attribute.raters_disagree).end_object();
        json.key("self_awareness");
        write_category(json, attribute.self_awareness);
        json.key("percentile");
        const auto percentile = subject.percentiles.find(attribute.id);
        write_optional(json, percentile == subject.percentiles.end()
                                 ? std::nullopt
                                 : std::optional<double>(percentile->second));
        json.key("comments").begin_object().key("strengths");
        write_strings(json, attribute.strengths);
        json.key("to_develop");
        write_strings(json, attribute.to_develop);
        json.end_object();
        json.key("behaviours").begin_array();
        for (const auto& behaviour : attribute.behaviours) {
            const auto* text = framework.find_behaviour(behaviour.id);
            json.begin_object().key("id").string(behaviour.id.value());
            json.key("text").string(text ? text->rater_text : "").key("self");
            write_optional(json, behaviour.self);
            json.key("others");
            write_cell(json, behaviour.others);
            json.key("by_group");
            write_cells(json, report.groups, behaviour.by_group);
            json.end_object();
        }
        json.end_array().end_object();
    }
    json.end_array();
    json.key("highest");
    write_ranked(json, framework, report.highest);
    json.key("lowest");
    write_ranked(json, framework, report.lowest);
    json.key("focus").begin_array();
    for (const auto& area : report.focus) {
        const auto* attribute = framework.find_attribute(area.attribute);
        json.begin_object().key("attribute").string(area.attribute.value());
        json.key("name").string(attribute ? attribute->name : "").key("reason").string(area.reason);
        json.key("stretch_experiences");
        write_ideas(json, area.stretch_experiences);
        json.key("micro_actions");
        write_ideas(json, area.micro_actions);
        json.end_object();
    }
    json.end_array();
    json.end_object();
    return json.text() + "\n";
}

} // namespace leadline::app
