#include "domain/people/equality.hpp"

#include <algorithm>

#include "domain/core/text.hpp"

namespace leadline::domain {

namespace {

constexpr std::size_t longest_value = 60;
constexpr std::size_t most_values = 30;

} // namespace

std::string_view equality_column(EqualityField field) {
    switch (field) {
    case EqualityField::Sex:
        return "sex";
    case EqualityField::Ethnicity:
        return "ethnicity";
    case EqualityField::Disability:
        return "disability";
    case EqualityField::AgeBand:
        return "age_band";
    case EqualityField::WorkingPattern:
        return "working_pattern";
    }
    return "";
}

std::string_view equality_label(EqualityField field) {
    switch (field) {
    case EqualityField::Sex:
        return "Sex";
    case EqualityField::Ethnicity:
        return "Ethnicity";
    case EqualityField::Disability:
        return "Disability";
    case EqualityField::AgeBand:
        return "Age band";
    case EqualityField::WorkingPattern:
        return "Working pattern";
    }
    return "";
}

std::optional<EqualityField> equality_field_of_column(std::string_view column) {
    for (const auto field : equality_fields) {
        if (equality_column(field) == column) {
            return field;
        }
    }
    return std::nullopt;
}

const std::vector<std::string>& EqualityCategories::of(EqualityField field) const {
    static const std::vector<std::string> none;
    const auto found = values.find(field);
    return found == values.end() ? none : found->second;
}

EqualityCategories default_equality_categories() {
    const std::string not_said = "Prefer not to say";
    EqualityCategories defaults;
    defaults.values[EqualityField::Sex] = {"Female", "Male", not_said};
    defaults.values[EqualityField::Ethnicity] = {"Asian or Asian British",
                                                 "Black, Black British, Caribbean or African",
                                                 "Mixed or multiple ethnic groups",
                                                 "White",
                                                 "Another ethnic group",
                                                 not_said};
    defaults.values[EqualityField::Disability] = {"Disabled", "Not disabled", not_said};
    defaults.values[EqualityField::AgeBand] = {"16-24", "25-34",       "35-44", "45-54",
                                               "55-64", "65 and over", not_said};
    defaults.values[EqualityField::WorkingPattern] = {"Full-time", "Part-time", "Job share",
                                                      "Compressed hours", not_said};
    return defaults;
}

std::optional<std::string> defined_value(const EqualityCategories& categories, EqualityField field,
                                         std::string_view typed) {
    const auto wanted = lowered(trimmed_view(typed));
    for (const auto& value : categories.of(field)) {
        if (lowered(value) == wanted) {
            return value;
        }
    }
    return std::nullopt;
}

TypedCategories read_typed_categories(const std::map<EqualityField, std::string>& typed) {
    TypedCategories read;
    for (const auto& [field, text] : typed) {
        auto& values = read.categories.values[field];
        std::vector<std::string> seen;
        std::size_t start = 0;
        while (start <= text.size()) {
            const auto end = std::min(text.find('\n', start), text.size());
            const auto value = trimmed_view(std::string_view(text).substr(start, end - start));
            start = end + 1;
            if (value.empty()) {
                continue;
            }
            if (value.size() > longest_value) {
                read.problems.push_back({field, "\"" + std::string(value) + "\" is longer than " +
                                                    std::to_string(longest_value) + " characters"});
                continue;
            }
            if (std::find(seen.begin(), seen.end(), lowered(value)) != seen.end()) {
                read.problems.push_back({field, "\"" + std::string(value) + "\" is listed twice"});
                continue;
            }
            seen.push_back(lowered(value));
            values.emplace_back(value);
        }
        if (values.size() > most_values) {
            read.problems.push_back(
                {field, "list at most " + std::to_string(most_values) + " values; group the rest"});
        }
        if (values.empty()) {
            read.categories.values.erase(field);
        }
    }
    return read;
}

} // namespace leadline::domain
