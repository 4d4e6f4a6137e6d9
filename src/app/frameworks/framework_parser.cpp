#include "app/frameworks/framework_parser.hpp"

#include <algorithm>
#include <set>

#include <yaml-cpp/yaml.h>

namespace leadline::app {

namespace domain = leadline::domain;

namespace {

constexpr std::size_t min_behaviours = 3;
constexpr std::size_t max_behaviours = 6;

class Parser {
  public:
    explicit Parser(std::string file) : m_file(std::move(file)) {}

    FrameworkParse parse(std::string_view text) {
        YAML::Node root;
        try {
            root = YAML::Load(std::string(text));
        } catch (const YAML::ParserException& error) {
            problem(error.mark, "this is not valid YAML: " + error.msg);
            return finish(std::nullopt);
        }
        if (!root.IsMap()) {
            problem(root.Mark(), "a framework file is a map of keys, starting with \"id:\"");
            return finish(std::nullopt);
        }
        domain::Framework framework;
        check_keys(root, {"id", "name", "version", "description", "source", "licence", "use", "scale",
                          "dimensions", "attributes"});
        framework.id = domain::FrameworkId(identifier(root, "id"));
        framework.name = text_of(root, "name", Need::Required);
        framework.version = text_of(root, "version", Need::Required);
        framework.description = text_of(root, "description", Need::Required);
        framework.source = text_of(root, "source", Need::Required);
        framework.licence = text_of(root, "licence", Need::Required);
        const auto use = text_of(root, "use", Need::Optional);
        if (!use.empty()) {
            if (auto parsed = domain::framework_use_from_string(use)) {
                framework.use = *parsed;
            } else {
                problem(root["use"].Mark(), "use must be feedback-360, talent-review or culture-survey");
            }
        }
        framework.scale = scale(root);
        framework.dimensions = dimensions(root);
        framework.attributes = attributes(root, framework);
        return finish(std::move(framework));
    }

  private:
    enum class Need { Required, Optional };

    FrameworkParse finish(std::optional<domain::Framework> framework) {
        FrameworkParse result;
        result.problems = std::move(m_problems);
        if (result.problems.empty()) {
            result.framework = std::move(framework);
        }
        return result;
    }

    void problem(const YAML::Mark& mark, std::string message) {
        const bool known = mark.line >= 0 && mark.column >= 0;
        m_problems.push_back({m_file, known ? static_cast<std::size_t>(mark.line) + 1 : 0,
                              known ? static_cast<std::size_t>(mark.column) + 1 : 0, std::move(message)});
    }

    void check_keys(const YAML::Node& map, std::initializer_list<std::string_view> allowed) {
        std::set<std::string> seen;
        for (const auto& entry : map) {
            const auto key = entry.first.Scalar();
            bool known = false;
            for (auto name : allowed) {
                known = known || name == key;
            }
            if (!known) {
                std::string list;
                for (auto name : allowed) {
                    list.append(list.empty() ? "" : ", ").append(name);
                }
                std::string message = "unknown key \"";
                message.append(key).append("\"; expected one of: ").append(list);
                problem(entry.first.Mark(), message);
            }
            if (!seen.insert(key).second) {
                problem(entry.first.Mark(), "the key \"" + key + "\" appears twice");
            }
        }
    }

    std::string text_of(const YAML::Node& map, const char* key, Need need) {
        const YAML::Node node = map[key];
        if (!node) {
            if (need == Need::Required) {
                problem(map.Mark(), std::string("missing \"") + key + "\"");
            }
            return {};
        }
        if (!node.IsScalar()) {
            problem(node.Mark(), std::string("\"") + key + "\" must be text");
            return {};
        }
        auto value = node.Scalar();
        if (value.find_first_not_of(" \t\r\n") == std::string::npos) {
            problem(node.Mark(), std::string("\"") + key + "\" is empty; write the text");
            return {};
        }
        return value;
    }

    std::string identifier(const YAML::Node& map, const char* key) {
        auto value = text_of(map, key, Need::Required);
        for (const char c : value) {
            const bool allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
            if (!allowed) {
                problem(map[key].Mark(), "the id \"" + value + "\" may use only a-z, 0-9 and -");
                break;
            }
        }
        return value;
    }

    void claim_id(const std::string& id, const YAML::Node& map) {
        if (!id.empty() && !m_ids.insert(id).second) {
            problem(map["id"].Mark(),
                    "the id \"" + id + "\" is used twice; ids must be unique in a framework");
        }
    }

    domain::RatingScale scale(const YAML::Node& root) {
        domain::RatingScale result;
        const YAML::Node node = root["scale"];
        if (!node || !node.IsMap()) {
            problem(node ? node.Mark() : root.Mark(), "missing \"scale\" with its points and labels");
            return result;
        }
        check_keys(node, {"points", "not_observed"});
        result.not_observed_label = text_of(node, "not_observed", Need::Required);
        const YAML::Node points = node["points"];
        if (!points || !points.IsSequence() || points.size() < 2) {
            problem(points ? points.Mark() : node.Mark(),
                    "a scale needs at least two points, each with a label");
            return result;
        }
        std::set<int> values;
        for (const auto& point : points) {
            if (!point.IsMap()) {
                problem(point.Mark(), "each point is written as {value: 1, label: Rarely}");
                continue;
            }
            check_keys(point, {"value", "label"});
            domain::ScalePoint parsed;
            parsed.label = text_of(point, "label", Need::Required);
            const YAML::Node value = point["value"];
            try {
                parsed.value = value ? value.as<int>() : 0;
                if (!value) {
                    problem(point.Mark(), "missing \"value\"");
                } else if (!values.insert(parsed.value).second) {
                    problem(value.Mark(),
                            "the value " + std::to_string(parsed.value) + " is used twice in the scale");
                }
            } catch (const YAML::Exception&) {
                problem(value.Mark(), "a point's value must be a whole number");
            }
            result.points.push_back(std::move(parsed));
        }
        return result;
    }

    std::vector<domain::RatingDimension> dimensions(const YAML::Node& root) {
        std::vector<domain::RatingDimension> result;
        const YAML::Node node = root["dimensions"];
        if (!node) {
            result.push_back({"rating", "How often does this person do this?"});
            return result;
        }
        if (!node.IsSequence() || node.size() == 0) {
            problem(node.Mark(), "\"dimensions\" is a list of {id, question}");
            return result;
        }
        std::set<std::string> ids;
        for (const auto& item : node) {
            if (!item.IsMap()) {
                problem(item.Mark(), "each dimension is written as {id: now, question: ...}");
                continue;
            }
            check_keys(item, {"id", "question"});
            domain::RatingDimension dimension{identifier(item, "id"),
                                              text_of(item, "question", Need::Required)};
            if (!dimension.id.empty() && !ids.insert(dimension.id).second) {
                problem(item["id"].Mark(), "the dimension \"" + dimension.id + "\" is listed twice");
            }
            result.push_back(std::move(dimension));
        }
        return result;
    }

    std::vector<domain::DevelopmentIdea> ideas(const YAML::Node& attribute, const char* key) {
        std::vector<domain::DevelopmentIdea> result;
        const YAML::Node node = attribute[key];
        if (!node) {
            return result;
        }
        if (!node.IsSequence()) {
            problem(node.Mark(), std::string("\"") + key + "\" is a list of {text, effort}");
            return result;
        }
        for (const auto& item : node) {
            if (!item.IsMap()) {
                problem(item.Mark(), "each idea is written as {text: ..., effort: five minutes}");
                continue;
            }
            check_keys(item, {"text", "effort"});
            domain::DevelopmentIdea idea;
            idea.text = text_of(item, "text", Need::Required);
            const auto effort = text_of(item, "effort", Need::Required);
            if (auto parsed = domain::effort_from_string(effort)) {
                idea.effort = *parsed;
            } else if (!effort.empty()) {
                problem(item["effort"].Mark(),
                        "effort must be one of: one minute, five minutes, half an hour, "
                        "half a day, weeks, months");
            }
            result.push_back(std::move(idea));
        }
        return result;
    }

    std::vector<domain::Behaviour> behaviours(const YAML::Node& attribute, const std::string& name) {
        std::vector<domain::Behaviour> result;
        const YAML::Node node = attribute["behaviours"];
        if (!node || !node.IsSequence() || node.size() == 0) {
            problem(node ? node.Mark() : attribute.Mark(),
                    "the attribute \"" + name + "\" has no behaviours; give it 3 to 6");
            return result;
        }
        if (node.size() < min_behaviours || node.size() > max_behaviours) {
            problem(node.Mark(), "the attribute \"" + name + "\" has " + std::to_string(node.size()) +
                                     " behaviours; give it 3 to 6");
        }
        for (const auto& item : node) {
            if (!item.IsMap()) {
                problem(item.Mark(), "each behaviour has an id, a rater text and a self text");
                continue;
            }
            check_keys(item, {"id", "rater", "self"});
            domain::Behaviour behaviour;
            behaviour.id = domain::BehaviourId(identifier(item, "id"));
            claim_id(behaviour.id.value(), item);
            behaviour.rater_text = text_of(item, "rater", Need::Required);
            behaviour.self_text = text_of(item, "self", Need::Required);
            result.push_back(std::move(behaviour));
        }
        return result;
    }

    // What each point of the scale means for one indicator; every point once, in the scale's order.
    std::vector<domain::LevelMeaning> levels(const YAML::Node& attribute, const domain::RatingScale& scale) {
        std::vector<domain::LevelMeaning> result;
        const YAML::Node node = attribute["levels"];
        if (!node.IsSequence()) {
            problem(node.Mark(), "\"levels\" is a list of {value, meaning}, one for each point of the scale");
            return result;
        }
        for (const auto& item : node) {
            if (!item.IsMap()) {
                problem(item.Mark(), "each level is written as {value: 3, meaning: ...}");
                continue;
            }
            check_keys(item, {"value", "meaning"});
            domain::LevelMeaning level;
            level.meaning = text_of(item, "meaning", Need::Required);
            try {
                level.value = item["value"] ? item["value"].as<int>() : 0;
            } catch (const YAML::Exception&) {
                problem(item["value"].Mark(), "a level's value must be a whole number");
                continue;
            }
            if (!scale.contains(level.value)) {
                problem(item.Mark(), "the scale has no point " + std::to_string(level.value));
            } else if (std::any_of(result.begin(), result.end(), [&](const domain::LevelMeaning& seen) {
                           return seen.value == level.value;
                       })) {
                problem(item.Mark(), "the level " + std::to_string(level.value) + " is given twice");
            }
            result.push_back(std::move(level));
        }
        for (const auto& point : scale.points) {
            if (std::none_of(result.begin(), result.end(),
                             [&](const domain::LevelMeaning& level) { return level.value == point.value; })) {
                problem(node.Mark(), "say what the point " + std::to_string(point.value) + " (" +
                                         point.label + ") means for this indicator");
            }
        }
        std::sort(
            result.begin(), result.end(),
            [&](const domain::LevelMeaning& a, const domain::LevelMeaning& b) { return a.value < b.value; });
        return result;
    }

    std::vector<domain::Attribute> attributes(const YAML::Node& root, const domain::Framework& framework) {
        std::vector<domain::Attribute> result;
        const YAML::Node node = root["attributes"];
        if (!node || !node.IsSequence() || node.size() == 0) {
            problem(node ? node.Mark() : root.Mark(), "a framework needs a list of \"attributes\"");
            return result;
        }
        for (const auto& item : node) {
            if (!item.IsMap()) {
                problem(item.Mark(), "each attribute has an id, a name, a summary and behaviours");
                continue;
            }
            check_keys(item, {"id", "name", "summary", "behaviours", "stretch_experiences", "micro_actions",
                              "evidence_prompt", "levels"});
            domain::Attribute attribute;
            attribute.id = domain::AttributeId(identifier(item, "id"));
            claim_id(attribute.id.value(), item);
            attribute.name = text_of(item, "name", Need::Required);
            attribute.summary = text_of(item, "summary", Need::Required);
            attribute.behaviours =
                behaviours(item, attribute.name.empty() ? attribute.id.value() : attribute.name);
            attribute.stretch_experiences = ideas(item, "stretch_experiences");
            attribute.micro_actions = ideas(item, "micro_actions");
            if (item["evidence_prompt"]) {
                attribute.evidence_prompt = text_of(item, "evidence_prompt", Need::Required);
            }
            if (item["levels"]) {
                attribute.levels = levels(item, framework.scale);
            } else if (framework.use == domain::FrameworkUse::TalentReview) {
                problem(item.Mark(), "the indicator \"" + attribute.name +
                                         "\" needs \"levels\": what each point of the scale means for it, "
                                         "so that assessors rate alike");
            }
            result.push_back(std::move(attribute));
        }
        return result;
    }

    std::string m_file;
    std::vector<FrameworkProblem> m_problems;
    std::set<std::string> m_ids;
};

} // namespace

std::string FrameworkProblem::describe() const {
    if (line == 0) {
        return file + ": " + message;
    }
    return file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message;
}

FrameworkParse parse_framework(std::string_view yaml_text, const std::string& file_name) {
    try {
        return Parser(file_name).parse(yaml_text);
    } catch (const YAML::Exception& error) {
        // yaml-cpp throws on some malformed input after parsing starts; report it at its place.
        FrameworkParse result;
        result.problems.push_back({file_name, static_cast<std::size_t>(error.mark.line + 1),
                                   static_cast<std::size_t>(error.mark.column + 1),
                                   "this is not valid YAML: " + error.msg});
        return result;
    }
}

} // namespace leadline::app
