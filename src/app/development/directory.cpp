#include "app/development/directory.hpp"

#include <set>

namespace leadline::app {

std::vector<std::string> Directory::units_of(const domain::Person& person) const {
    const auto unit = unit_names.find(person.unit.value());
    return unit == unit_names.end() ? std::vector<std::string>{} : unit->second;
}

std::vector<std::string> Directory::line_chain(const domain::Person& person) const {
    std::vector<std::string> chain;
    // Up the line to the top, stopping should the data ever hold a loop (imports refuse them).
    std::set<std::int64_t> seen{person.id.value()};
    auto manager = person.line_manager;
    while (manager && seen.insert(manager->value()).second) {
        const auto found = by_id.find(manager->value());
        if (found == by_id.end()) {
            break;
        }
        chain.push_back(found->second.email);
        manager = found->second.line_manager;
    }
    return chain;
}

domain::SetParticipant Directory::participant(const domain::Person& person) const {
    domain::SetParticipant p;
    p.email = person.email;
    p.name = person.name;
    p.unit_path = units_of(person);
    p.profession = person.profession;
    p.grade = person.grade;
    p.region = person.region;
    p.line_chain = line_chain(person);
    return p;
}

domain::Result<Directory> read_directory(Store& store) {
    auto people = store.people().people();
    if (!people) {
        return domain::fail(people.error());
    }
    auto units = store.people().units();
    if (!units) {
        return domain::fail(units.error());
    }
    Directory directory;
    for (const auto& unit : *units) {
        if (auto names = domain::split_unit_path(unit.path)) {
            directory.unit_names.emplace(unit.id.value(), std::move(*names));
        }
    }
    for (auto& person : *people) {
        directory.id_of_email.emplace(person.email, person.id.value());
        directory.by_id.emplace(person.id.value(), std::move(person));
    }
    return directory;
}

} // namespace leadline::app
