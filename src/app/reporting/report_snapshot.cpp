#include "app/reporting/report_snapshot.hpp"

#include <array>
#include <charconv>
#include <stdexcept>

#include <boost/json.hpp>

namespace leadline::app {

namespace json = boost::json;

namespace {

using domain::ReportCell;

// Numbers travel as text: Boost.JSON 1.81 may read a double back one unit in the last place away, and a
// report shown again must not round differently.
json::string exact(double value) {
    std::array<char, 32> text{};
    const auto written = std::to_chars(text.data(), text.data() + text.size(), value);
    return json::string(std::string_view(text.data(), static_cast<std::size_t>(written.ptr - text.data())));
}

double number(const json::value& value) {
    const auto& text = value.as_string();
    double read = 0.0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), read);
    if (error != std::errc{} || end != text.data() + text.size()) {
        throw std::invalid_argument("a number is not a number");
    }
    return read;
}

json::value optional_number(const std::optional<double>& value) {
    return value ? json::value(exact(*value)) : json::value(nullptr);
}

std::optional<double> optional_number_of(const json::value& value) {
    return value.is_null() ? std::nullopt : std::optional<double>(number(value));
}

int whole(const json::value& value) {
    return static_cast<int>(value.as_int64());
}

json::value cell(const ReportCell& written) {
    return {{"shown", written.shown},
            {"n", written.score.n},
            {"mean", exact(written.score.mean)},
            {"sd", exact(written.score.sd)},
            {"low", exact(written.score.low)},
            {"high", exact(written.score.high)},
            {"not_observed", written.not_observed}};
}

ReportCell cell_of(const json::value& value) {
    const auto& read = value.as_object();
    ReportCell cell;
    cell.shown = read.at("shown").as_bool();
    cell.score.n = whole(read.at("n"));
    cell.score.mean = number(read.at("mean"));
    cell.score.sd = number(read.at("sd"));
    cell.score.low = number(read.at("low"));
    cell.score.high = number(read.at("high"));
    cell.not_observed = whole(read.at("not_observed"));
    return cell;
}

json::array cells(const std::vector<ReportCell>& written) {
    json::array all;
    for (const auto& each : written) {
        all.push_back(cell(each));
    }
    return all;
}

std::vector<ReportCell> cells_of(const json::value& value) {
    std::vector<ReportCell> all;
    for (const auto& each : value.as_array()) {
        all.push_back(cell_of(each));
    }
    return all;
}

json::value gap(const std::optional<domain::Gap>& written) {
    if (!written) {
        return nullptr;
    }
    return {{"value", exact(written->value)},
            {"low", exact(written->low)},
            {"high", exact(written->high)},
            {"has_interval", written->has_interval}};
}

std::optional<domain::Gap> gap_of(const json::value& value) {
    if (value.is_null()) {
        return std::nullopt;
    }
    const auto& read = value.as_object();
    return domain::Gap{number(read.at("value")), number(read.at("low")), number(read.at("high")),
                       read.at("has_interval").as_bool()};
}

json::value awareness(const std::optional<domain::SelfAwareness>& written) {
    return written ? json::value(json::string(domain::to_string(*written))) : json::value(nullptr);
}

std::optional<domain::SelfAwareness> awareness_of(const json::value& value) {
    if (value.is_null()) {
        return std::nullopt;
    }
    for (const auto category : {domain::SelfAwareness::OverEstimator, domain::SelfAwareness::UnderEstimator,
                                domain::SelfAwareness::InAgreementHigh, domain::SelfAwareness::InAgreementLow,
                                domain::SelfAwareness::NotClear}) {
        if (value.as_string() == domain::to_string(category)) {
            return category;
        }
    }
    throw std::invalid_argument("an unknown self-awareness category");
}

json::array texts(const std::vector<std::string>& written) {
    json::array all;
    for (const auto& each : written) {
        all.emplace_back(each);
    }
    return all;
}

std::vector<std::string> texts_of(const json::value& value) {
    std::vector<std::string> all;
    for (const auto& each : value.as_array()) {
        all.emplace_back(each.as_string());
    }
    return all;
}

json::array ranked(const std::vector<domain::RankedBehaviour>& written) {
    json::array all;
    for (const auto& each : written) {
        all.push_back(json::object{
            {"id", each.id.value()}, {"attribute", each.attribute.value()}, {"mean", exact(each.mean)}});
    }
    return all;
}

std::vector<domain::RankedBehaviour> ranked_of(const json::value& value) {
    std::vector<domain::RankedBehaviour> all;
    for (const auto& each : value.as_array()) {
        const auto& read = each.as_object();
        all.push_back({domain::BehaviourId(std::string(read.at("id").as_string())),
                       domain::AttributeId(std::string(read.at("attribute").as_string())),
                       number(read.at("mean"))});
    }
    return all;
}

json::array ideas(const std::vector<domain::DevelopmentIdea>& written) {
    json::array all;
    for (const auto& each : written) {
        all.push_back(json::object{{"text", each.text}, {"effort", domain::to_string(each.effort)}});
    }
    return all;
}

std::vector<domain::DevelopmentIdea> ideas_of(const json::value& value) {
    std::vector<domain::DevelopmentIdea> all;
    for (const auto& each : value.as_array()) {
        const auto& read = each.as_object();
        const auto effort = domain::effort_from_string(std::string(read.at("effort").as_string()));
        if (!effort) {
            throw std::invalid_argument("an unknown effort");
        }
        all.push_back({std::string(read.at("text").as_string()), *effort});
    }
    return all;
}

json::value attribute(const domain::AttributeResult& written) {
    json::array behaviours;
    for (const auto& each : written.behaviours) {
        behaviours.push_back(json::object{{"id", each.id.value()},
                                          {"self", optional_number(each.self)},
                                          {"others", cell(each.others)},
                                          {"by_group", cells(each.by_group)}});
    }
    return {{"id", written.id.value()},
            {"name", written.name},
            {"self", optional_number(written.self)},
            {"others", cell(written.others)},
            {"by_group", cells(written.by_group)},
            {"gap", gap(written.gap)},
            {"stands_out", gap(written.stands_out)},
            {"agreement", optional_number(written.agreement)},
            {"blind_spot", written.blind_spot},
            {"hidden_strength", written.hidden_strength},
            {"raters_disagree", written.raters_disagree},
            {"self_awareness", awareness(written.self_awareness)},
            {"strengths", texts(written.strengths)},
            {"to_develop", texts(written.to_develop)},
            {"behaviours", std::move(behaviours)}};
}

domain::AttributeResult attribute_of(const json::value& value) {
    const auto& read = value.as_object();
    domain::AttributeResult result;
    result.id = domain::AttributeId(std::string(read.at("id").as_string()));
    result.name = std::string(read.at("name").as_string());
    result.self = optional_number_of(read.at("self"));
    result.others = cell_of(read.at("others"));
    result.by_group = cells_of(read.at("by_group"));
    result.gap = gap_of(read.at("gap"));
    // Reports kept before 2026-12 have no test of standing out: none is shown for them.
    if (const auto* stands_out = read.if_contains("stands_out")) {
        result.stands_out = gap_of(*stands_out);
    }
    result.agreement = optional_number_of(read.at("agreement"));
    result.blind_spot = read.at("blind_spot").as_bool();
    result.hidden_strength = read.at("hidden_strength").as_bool();
    result.raters_disagree = read.at("raters_disagree").as_bool();
    result.self_awareness = awareness_of(read.at("self_awareness"));
    result.strengths = texts_of(read.at("strengths"));
    result.to_develop = texts_of(read.at("to_develop"));
    for (const auto& each : read.at("behaviours").as_array()) {
        const auto& behaviour = each.as_object();
        result.behaviours.push_back({domain::BehaviourId(std::string(behaviour.at("id").as_string())),
                                     optional_number_of(behaviour.at("self")),
                                     cell_of(behaviour.at("others")), cells_of(behaviour.at("by_group"))});
    }
    return result;
}

json::value report(const domain::IndividualReport& written) {
    json::array groups;
    for (const auto& each : written.groups) {
        groups.push_back(
            json::object{{"group", each.group ? json::value(json::string(domain::to_string(*each.group)))
                                              : json::value(nullptr)},
                         {"responses", each.responses}});
    }
    json::array attributes;
    for (const auto& each : written.attributes) {
        attributes.push_back(attribute(each));
    }
    json::array focus;
    for (const auto& each : written.focus) {
        focus.push_back(json::object{{"attribute", each.attribute.value()},
                                     {"reason", each.reason},
                                     {"stretch_experiences", ideas(each.stretch_experiences)},
                                     {"micro_actions", ideas(each.micro_actions)}});
    }
    return {{"groups", std::move(groups)},
            {"some_group_merged", written.some_group_merged},
            {"some_group_left_out", written.some_group_left_out},
            {"attributes", std::move(attributes)},
            {"self_overall", optional_number(written.self_overall)},
            {"others_overall", cell(written.others_overall)},
            {"overall_gap", gap(written.overall_gap)},
            {"self_awareness", awareness(written.self_awareness)},
            {"detectable_standing_out", optional_number(written.detectable_standing_out)},
            {"detectable_overall_gap", optional_number(written.detectable_overall_gap)},
            {"highest", ranked(written.highest)},
            {"lowest", ranked(written.lowest)},
            {"focus", std::move(focus)}};
}

domain::IndividualReport report_of(const json::value& value) {
    const auto& read = value.as_object();
    domain::IndividualReport result;
    for (const auto& each : read.at("groups").as_array()) {
        const auto& group = each.as_object();
        domain::ReportedGroup reported;
        if (!group.at("group").is_null()) {
            reported.group = domain::rater_group_from_string(std::string(group.at("group").as_string()));
            if (!reported.group) {
                throw std::invalid_argument("an unknown rater group");
            }
        }
        reported.responses = whole(group.at("responses"));
        result.groups.push_back(reported);
    }
    result.some_group_merged = read.at("some_group_merged").as_bool();
    result.some_group_left_out = read.at("some_group_left_out").as_bool();
    for (const auto& each : read.at("attributes").as_array()) {
        result.attributes.push_back(attribute_of(each));
    }
    result.self_overall = optional_number_of(read.at("self_overall"));
    result.others_overall = cell_of(read.at("others_overall"));
    result.overall_gap = gap_of(read.at("overall_gap"));
    result.self_awareness = awareness_of(read.at("self_awareness"));
    for (const auto& [key, into] : {std::pair{"detectable_standing_out", &result.detectable_standing_out},
                                    std::pair{"detectable_overall_gap", &result.detectable_overall_gap}}) {
        if (const auto* found = read.if_contains(key)) {
            *into = optional_number_of(*found);
        }
    }
    result.highest = ranked_of(read.at("highest"));
    result.lowest = ranked_of(read.at("lowest"));
    for (const auto& each : read.at("focus").as_array()) {
        const auto& focus = each.as_object();
        result.focus.push_back({domain::AttributeId(std::string(focus.at("attribute").as_string())),
                                std::string(focus.at("reason").as_string()),
                                ideas_of(focus.at("stretch_experiences")),
                                ideas_of(focus.at("micro_actions"))});
    }
    return result;
}

domain::Error corrupt(const std::string& why) {
    return {domain::ErrorCode::Internal, "The kept reports of a cycle cannot be read (" + why + ")."};
}

} // namespace

std::string snapshot_of(const CycleReportSet& reports) {
    json::array subjects;
    for (const auto& subject : reports.subjects) {
        json::object percentiles;
        for (const auto& [attribute_id, percentile] : subject.percentiles) {
            percentiles[attribute_id.value()] = exact(percentile);
        }
        subjects.push_back(json::object{{"subject", subject.subject.value()},
                                        {"name", subject.name},
                                        {"email", subject.email},
                                        {"report", report(subject.report)},
                                        {"percentiles", std::move(percentiles)}});
    }
    const json::object whole_set{{"cycle", reports.cycle.value()},
                                 {"cycle_name", reports.cycle_name},
                                 {"framework", reports.framework->id.value()},
                                 {"framework_version", reports.framework->version},
                                 {"norm", exact(reports.norm)},
                                 {"subjects", std::move(subjects)}};
    return json::serialize(whole_set);
}

domain::Result<CycleReportSet> reports_from_snapshot(const std::string& text,
                                                     std::shared_ptr<const domain::Framework> framework) {
    try {
        const auto parsed = json::parse(text);
        const auto& read = parsed.as_object();
        CycleReportSet set;
        set.cycle = domain::CycleId(read.at("cycle").as_int64());
        set.cycle_name = std::string(read.at("cycle_name").as_string());
        if (read.at("framework").as_string() != framework->id.value() ||
            read.at("framework_version").as_string() != framework->version) {
            return domain::fail(corrupt("drawn on another framework"));
        }
        set.framework = std::move(framework);
        set.norm = number(read.at("norm"));
        for (const auto& each : read.at("subjects").as_array()) {
            const auto& subject = each.as_object();
            SubjectReport kept;
            kept.subject = domain::PersonId(subject.at("subject").as_int64());
            kept.name = std::string(subject.at("name").as_string());
            kept.email = std::string(subject.at("email").as_string());
            kept.report = report_of(subject.at("report"));
            for (const auto& [attribute_id, percentile] : subject.at("percentiles").as_object()) {
                kept.percentiles[domain::AttributeId(std::string(attribute_id))] = number(percentile);
            }
            set.subjects.push_back(std::move(kept));
        }
        return set;
    } catch (const std::exception& problem) {
        return domain::fail(corrupt(problem.what()));
    }
}

domain::Result<std::string> snapshot_without(const std::string& text, domain::PersonId subject) {
    try {
        auto parsed = json::parse(text);
        auto& subjects = parsed.as_object().at("subjects").as_array();
        for (auto each = subjects.begin(); each != subjects.end();) {
            each = each->as_object().at("subject").as_int64() == subject.value() ? subjects.erase(each)
                                                                                 : each + 1;
        }
        return json::serialize(parsed);
    } catch (const std::exception& problem) {
        return domain::fail(corrupt(problem.what()));
    }
}

} // namespace leadline::app
