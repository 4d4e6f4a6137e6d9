#include "app/people/export_people.hpp"

#include <unordered_map>

#include "app/people/people_csv.hpp"
#include "app/text/csv_reader.hpp"

namespace leadline::app {

domain::Result<std::string> export_people(Store& store) {
    auto units = store.people().units();
    if (!units) {
        return domain::fail(units.error());
    }
    auto people = store.people().people();
    if (!people) {
        return domain::fail(people.error());
    }
    std::unordered_map<domain::UnitId, std::string> unit_paths;
    for (const auto& unit : *units) {
        unit_paths.emplace(unit.id, unit.path);
    }
    std::unordered_map<domain::PersonId, std::string> emails;
    for (const auto& person : *people) {
        emails.emplace(person.id, person.email);
    }
    std::string csv;
    for (std::size_t i = 0; i < people_csv_columns.size(); ++i) {
        csv += (i == 0 ? "" : ",") + std::string(people_csv_columns[i]);
    }
    csv += "\r\n";
    for (const auto& person : *people) {
        if (person.left_at) {
            continue; // the file lists staff; importing it again must not bring leavers back
        }
        const std::string manager = person.line_manager ? emails[*person.line_manager] : std::string{};
        for (const std::string* field : std::initializer_list<const std::string*>{
                 &person.email, &person.name, &unit_paths[person.unit], &person.grade, &person.profession,
                 &person.region, &manager}) {
            csv += (field == &person.email ? "" : ",") + csv_field(*field);
        }
        csv += "\r\n";
    }
    return csv;
}

} // namespace leadline::app
