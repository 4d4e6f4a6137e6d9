#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace leadline::domain {

// The protected characteristics an organisation may record about its people, each optional, used only
// to check that talent decisions are fair between groups and never shown about one person.
enum class EqualityField { Sex, Ethnicity, Disability, AgeBand, WorkingPattern };

inline constexpr std::array<EqualityField, 5> equality_fields{
    EqualityField::Sex, EqualityField::Ethnicity, EqualityField::Disability, EqualityField::AgeBand,
    EqualityField::WorkingPattern};

// The field's column in the people file ("age_band") and its name on a page ("Age band").
[[nodiscard]] std::string_view equality_column(EqualityField field);
[[nodiscard]] std::string_view equality_label(EqualityField field);
[[nodiscard]] std::optional<EqualityField> equality_field_of_column(std::string_view column);

// What the organisation records for each field, in the order it wants them listed. A field with no
// values is not recorded at all.
struct EqualityCategories {
    std::map<EqualityField, std::vector<std::string>> values;

    [[nodiscard]] const std::vector<std::string>& of(EqualityField field) const;
};

// A starting point an organisation can change: broad groups close to those the UK's public bodies
// report on, each with "Prefer not to say".
[[nodiscard]] EqualityCategories default_equality_categories();

// The value as the organisation spells it when `typed` is one of the field's values (spaces around it
// and letter case aside); none otherwise.
[[nodiscard]] std::optional<std::string> defined_value(const EqualityCategories& categories,
                                                       EqualityField field, std::string_view typed);

// One thing wrong with the values typed for one field.
struct CategoryProblem {
    EqualityField field;
    std::string message;
};

// The values an admin typed for each field, one per line: blanks dropped, spaces trimmed; problems
// when a value repeats (in any case), is longer than 60 characters, or a field lists more than 30.
struct TypedCategories {
    EqualityCategories categories;
    std::vector<CategoryProblem> problems;
};
[[nodiscard]] TypedCategories read_typed_categories(const std::map<EqualityField, std::string>& typed);

// What is recorded about one person: a value for each field recorded, nothing for the rest.
using EqualityRecord = std::map<EqualityField, std::string>;

} // namespace leadline::domain
