#include "app/development/mentoring_choices.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>

#include "app/development/people_column.hpp"
#include "app/text/csv_problems.hpp"
#include "app/text/csv_table.hpp"

namespace leadline::app {

namespace {

constexpr std::string_view no_matches = "No matches were made.";
constexpr std::string_view run_again = "in the choices file and run it again";

std::string lower(std::string_view text) {
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return result;
}

// Attributes by their id and by their name, either in any case.
class AttributeNames {
  public:
    explicit AttributeNames(const domain::Framework& framework) : m_framework(framework.name) {
        for (const auto& attribute : framework.attributes) {
            m_by_name.emplace(lower(attribute.id.value()), attribute.id);
            m_by_name.emplace(lower(attribute.name), attribute.id);
            m_names += (m_names.empty() ? "" : "; ") + attribute.name;
        }
    }

    // The attributes a cell names, separated by semicolons; a problem for each it does not know.
    std::vector<domain::AttributeId> read(const std::string& cell, std::size_t line,
                                          const std::string& column, CsvProblems& problems) const {
        std::vector<domain::AttributeId> attributes;
        std::size_t start = 0;
        while (start <= cell.size()) {
            const auto end = std::min(cell.find(';', start), cell.size());
            const auto name = trim_blanks(std::string_view(cell).substr(start, end - start));
            start = end + 1;
            if (name.empty()) {
                continue;
            }
            const auto found = m_by_name.find(lower(name));
            if (found == m_by_name.end()) {
                problems.add(line, column,
                             "\"" + name + "\" is not an attribute of " + m_framework + " (it has " +
                                 m_names + ")");
            } else if (std::find(attributes.begin(), attributes.end(), found->second) == attributes.end()) {
                attributes.push_back(found->second);
            }
        }
        return attributes;
    }

  private:
    std::string m_framework;
    std::string m_names;
    std::map<std::string, domain::AttributeId> m_by_name;
};

std::optional<int> whole_number(const std::string& text) {
    int value = 0;
    const auto* end = text.data() + text.size();
    const auto [rest, error] = std::from_chars(text.data(), end, value);
    if (error != std::errc() || rest != end) {
        return std::nullopt;
    }
    return value;
}

} // namespace

domain::Result<std::vector<MentoringChoice>> read_mentoring_choices(const Directory& directory,
                                                                    const domain::Framework& framework,
                                                                    std::string_view csv_text) {
    auto table = read_csv_table(csv_text, {"email"}, no_matches, run_again);
    if (!table) {
        return domain::fail(table.error());
    }
    const AttributeNames attributes(framework);
    CsvProblems problems;
    std::vector<MentoringChoice> choices;
    PeopleColumn emails(directory);
    for (const auto& record : table->records) {
        const auto* person = emails.person(*table, record, problems);
        if (person == nullptr) {
            continue;
        }
        MentoringChoice choice{person->id.value(), {}, true, {}, std::nullopt};
        const auto develop = table->field(record, "develop");
        if (lower(develop) == "none") {
            choice.wants_mentor = false;
        } else {
            choice.develop = attributes.read(develop, record.line, "develop", problems);
        }
        choice.strengths =
            attributes.read(table->field(record, "strengths"), record.line, "strengths", problems);
        if (const auto capacity = table->field(record, "capacity"); !capacity.empty()) {
            choice.capacity = whole_number(capacity);
            if (!choice.capacity || *choice.capacity < 0 || *choice.capacity > 50) {
                problems.add(record.line, "capacity",
                             "\"" + capacity + "\" is not a capacity; give a whole number from 0 to 50");
            }
        }
        choices.push_back(std::move(choice));
    }
    if (problems.any()) {
        return domain::fail(problems.error(no_matches, run_again));
    }
    return choices;
}

} // namespace leadline::app
