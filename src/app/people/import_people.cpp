#include "app/people/import_people.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "app/people/equality_settings.hpp"
#include "app/people/people_csv.hpp"
#include "app/text/csv_problems.hpp"
#include "app/text/csv_reader.hpp"
#include "domain/people/line_management.hpp"

namespace leadline::app {

using domain::Person;
using domain::Result;

namespace {

constexpr std::string_view nothing_imported = "Nothing was imported.";
constexpr std::string_view import_again = "and import the file again";

struct Row {
    std::size_t line = 0;
    std::string email;
    std::string name;
    std::vector<std::string> unit_names;
    std::string grade;
    std::string profession;
    std::string region;
    std::string manager_email;
    // Each equality column the file has, with the value as the organisation spells it (empty: clear it).
    domain::EqualityRecord equality;
};

std::optional<std::map<std::string_view, std::size_t>> read_header(const CsvRecord& header,
                                                                   CsvProblems& problems) {
    std::map<std::string_view, std::size_t> places;
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        const auto name = trim_blanks(header.fields[i]);
        bool known = false;
        for (auto column : people_csv_columns) {
            if (column == name) {
                known = true;
                if (!places.emplace(column, i).second) {
                    problems.add(header.line, name, "this column appears twice in the header");
                }
            }
        }
        if (const auto field = domain::equality_field_of_column(name)) {
            known = true;
            if (!places.emplace(domain::equality_column(*field), i).second) {
                problems.add(header.line, name, "this column appears twice in the header");
            }
        }
        if (!known) {
            problems.add(header.line, name.empty() ? "(blank)" : name,
                         "unknown column; the header is email,name,unit_path,grade,profession,region,"
                         "manager_email, optionally followed by any of sex,ethnicity,disability,age_band,"
                         "working_pattern");
        }
    }
    for (auto column : people_csv_columns) {
        if (places.count(column) == 0) {
            problems.add(header.line, column, "this column is missing from the header");
        }
    }
    if (problems.any()) {
        return std::nullopt;
    }
    return places;
}

// The equality columns the file has, each value one the organisation defined; false when any is not.
bool read_equality(const CsvRecord& record, const std::map<std::string_view, std::size_t>& places,
                   const domain::EqualityCategories& categories, Row& row, CsvProblems& problems) {
    bool ok = true;
    for (const auto field : domain::equality_fields) {
        const auto column = domain::equality_column(field);
        const auto place = places.find(column);
        if (place == places.end()) {
            continue;
        }
        const auto typed = trim_blanks(csv_text(record.fields[place->second]));
        if (typed.empty()) {
            row.equality[field] = "";
            continue;
        }
        if (auto value = domain::defined_value(categories, field, typed)) {
            row.equality[field] = std::move(*value);
            continue;
        }
        ok = false;
        const auto& values = categories.of(field);
        if (values.empty()) {
            problems.add(record.line, column,
                         "the organisation does not record this; leave the column empty, or add its values "
                         "on the Equality information page first");
            continue;
        }
        std::string message = "\"" + typed + "\" is not one of the organisation's values (";
        for (std::size_t i = 0; i < values.size(); ++i) {
            message.append(i == 0 ? "" : "; ").append(values[i]);
        }
        message += "); correct the file, or add the value on the Equality information page";
        problems.add(record.line, column, message);
    }
    return ok;
}

std::optional<Row> read_row(const CsvRecord& record, const std::map<std::string_view, std::size_t>& places,
                            const domain::EqualityCategories& categories, CsvProblems& problems) {
    if (record.fields.size() != places.size()) {
        problems.add(record.line, "",
                     "expected " + std::to_string(places.size()) + " fields but found " +
                         std::to_string(record.fields.size()));
        return std::nullopt;
    }
    auto field = [&](std::string_view column) {
        return trim_blanks(csv_text(record.fields[places.at(column)]));
    };
    Row row;
    row.line = record.line;
    bool ok = true;
    if (auto email = domain::normalise_email(field("email"))) {
        row.email = *email;
    } else {
        problems.add(record.line, "email", email.error().message);
        ok = false;
    }
    row.name = field("name");
    if (row.name.empty()) {
        problems.add(record.line, "name", "the name is empty");
        ok = false;
    }
    if (auto names = domain::split_unit_path(field("unit_path"))) {
        row.unit_names = *names;
    } else {
        problems.add(record.line, "unit_path", names.error().message);
        ok = false;
    }
    row.grade = field("grade");
    row.profession = field("profession");
    row.region = field("region");
    const auto manager = field("manager_email");
    if (!manager.empty()) {
        if (auto email = domain::normalise_email(manager)) {
            row.manager_email = *email;
            if (row.manager_email == row.email) {
                problems.add(record.line, "manager_email", "a person cannot be their own line manager");
                ok = false;
            }
        } else {
            problems.add(record.line, "manager_email", email.error().message);
            ok = false;
        }
    }
    ok = read_equality(record, places, categories, row, problems) && ok;
    return ok ? std::optional<Row>(std::move(row)) : std::nullopt;
}

// The directory as the file is compared with it.
struct Directory {
    std::unordered_map<std::string, Person> by_email;
    std::unordered_map<std::int64_t, std::string> email_of_id;
    std::unordered_map<std::int64_t, std::string> unit_path;
    std::unordered_map<std::int64_t, domain::EqualityRecord> equality;
    domain::EqualityCategories categories;
};

Result<Directory> read_directory(Store& store) {
    auto everyone = store.people().people();
    if (!everyone) {
        return domain::fail(everyone.error());
    }
    auto units = store.people().units();
    if (!units) {
        return domain::fail(units.error());
    }
    auto equality = store.equality().equality_records();
    if (!equality) {
        return domain::fail(equality.error());
    }
    auto categories = equality_categories_in_use(store);
    if (!categories) {
        return domain::fail(categories.error());
    }
    Directory directory;
    directory.equality = std::move(*equality);
    directory.categories = std::move(*categories);
    for (const auto& unit : *units) {
        directory.unit_path.emplace(unit.id.value(), unit.path);
    }
    for (auto& person : *everyone) {
        directory.email_of_id.emplace(person.id.value(), person.email);
        directory.by_email.emplace(person.email, std::move(person));
    }
    return directory;
}

// The rows of the file, each email once; problems of syntax, header and fields go to `problems`.
std::vector<Row> read_rows(std::string_view csv_text, const domain::EqualityCategories& categories,
                           CsvProblems& problems, std::map<std::string, std::size_t>& line_of_email) {
    const auto document = read_csv(csv_text);
    for (const auto& problem : document.problems) {
        problems.add(problem.line, problem.column == 0 ? "" : std::to_string(problem.column),
                     problem.message);
    }
    if (problems.any()) {
        return {};
    }
    if (document.records.empty()) {
        problems.add(1, "", "the file is empty; it needs a header line and one line per person");
        return {};
    }
    const auto places = read_header(document.records.front(), problems);
    if (!places) {
        return {};
    }
    std::vector<Row> rows;
    for (std::size_t i = 1; i < document.records.size(); ++i) {
        auto row = read_row(document.records[i], *places, categories, problems);
        if (!row) {
            continue;
        }
        const auto [seen, inserted] = line_of_email.emplace(row->email, row->line);
        if (!inserted) {
            problems.add(row->line, "email",
                         row->email + " is already on line " + std::to_string(seen->second));
            continue;
        }
        rows.push_back(std::move(*row));
    }
    return rows;
}

// Each row's line manager must be someone who will be in the directory, still working here, and the
// chain of managers must not go round in a loop.
void check_managers(const std::vector<Row>& rows, const std::map<std::string, std::size_t>& line_of_email,
                    const Directory& directory, MissingPeople missing, CsvProblems& problems) {
    std::unordered_map<std::string, std::string> manager_of;
    for (const auto& [email, person] : directory.by_email) {
        if (person.line_manager) {
            manager_of[email] = directory.email_of_id.at(person.line_manager->value());
        }
    }
    for (const auto& row : rows) {
        manager_of[row.email] = row.manager_email;
        if (row.manager_email.empty() || line_of_email.count(row.manager_email) != 0) {
            continue;
        }
        const auto known = directory.by_email.find(row.manager_email);
        if (known == directory.by_email.end()) {
            problems.add(row.line, "manager_email",
                         row.manager_email +
                             " is not in this file or the directory; add them as a person first");
        } else if (missing == MissingPeople::Leave && !known->second.left_at) {
            problems.add(row.line, "manager_email",
                         row.manager_email +
                             " is not in this file, so they would be marked as having left; add them to the "
                             "file or name the person's new line manager");
        } else if (known->second.left_at) {
            problems.add(row.line, "manager_email",
                         row.manager_email + " has left; name the person's new line manager");
        }
    }
    if (auto loop = domain::find_management_loop(manager_of)) {
        std::string chain;
        for (const auto& email : *loop) {
            chain += email + " > ";
        }
        chain += loop->front();
        const auto first_line = line_of_email.count(loop->front()) != 0 ? line_of_email.at(loop->front()) : 0;
        problems.add(first_line, "manager_email", "line managers go round in a loop: " + chain);
    }
}

std::string shown(const std::string& value) {
    return value.empty() ? std::string("(none)") : value;
}

// What the row would change about a person already in the directory, in words.
std::vector<std::string> differences(const Row& row, const Person& before, const Directory& directory) {
    std::vector<std::string> said;
    auto compare = [&](std::string_view label, const std::string& now, const std::string& was) {
        if (now != was) {
            said.push_back(std::string(label) + ": " + shown(now) + ", was " + shown(was));
        }
    };
    compare("name", row.name, before.name);
    const auto unit = directory.unit_path.find(before.unit.value());
    compare("unit", domain::join_unit_path(row.unit_names),
            unit != directory.unit_path.end() ? unit->second : std::string());
    compare("grade", row.grade, before.grade);
    compare("profession", row.profession, before.profession);
    compare("region", row.region, before.region);
    compare("line manager", row.manager_email,
            before.line_manager ? directory.email_of_id.at(before.line_manager->value()) : std::string());
    // Equality values are never written out about one person, not even to the admin importing them.
    const auto recorded = directory.equality.find(before.id.value());
    for (const auto& [field, value] : row.equality) {
        const auto* was = recorded == directory.equality.end() ? nullptr : &recorded->second;
        const auto before_value = was != nullptr && was->count(field) != 0 ? was->at(field) : std::string();
        if (value != before_value) {
            said.push_back(std::string(domain::equality_label(field)) + ": changed");
        }
    }
    return said;
}

PeopleImportPlan compare(const std::vector<Row>& rows, const Directory& directory, MissingPeople missing) {
    PeopleImportPlan plan;
    std::set<std::string> in_file;
    for (const auto& row : rows) {
        in_file.insert(row.email);
        const auto known = directory.by_email.find(row.email);
        if (known == directory.by_email.end()) {
            plan.joining.push_back({row.email, row.name, {}});
            continue;
        }
        PersonChange change{row.email, row.name, differences(row, known->second, directory)};
        if (known->second.left_at) {
            plan.returning.push_back(std::move(change));
        } else if (!change.differences.empty()) {
            plan.changing.push_back(std::move(change));
        } else {
            ++plan.unchanged;
        }
    }
    if (missing == MissingPeople::Leave) {
        for (const auto& [email, person] : directory.by_email) {
            if (!person.left_at && in_file.count(email) == 0) {
                plan.leaving.push_back({email, person.name, {}});
            }
        }
        std::sort(plan.leaving.begin(), plan.leaving.end(),
                  [](const PersonChange& a, const PersonChange& b) { return a.email < b.email; });
    }
    return plan;
}

// Everything needed to apply a file, or its problems.
struct CheckedFile {
    std::vector<Row> rows;
    Directory directory;
    PeopleImportPlan plan;
};

Result<CheckedFile> check_file(Store& store, std::string_view csv_text, MissingPeople missing) {
    CsvProblems problems;
    std::map<std::string, std::size_t> line_of_email;
    CheckedFile checked;
    auto directory = read_directory(store);
    if (!directory) {
        return domain::fail(directory.error());
    }
    checked.directory = std::move(*directory);
    checked.rows = read_rows(csv_text, checked.directory.categories, problems, line_of_email);
    if (!problems.any()) {
        check_managers(checked.rows, line_of_email, checked.directory, missing, problems);
    }
    if (problems.any()) {
        checked.plan.problems = problems.listed();
        return checked;
    }
    checked.plan = compare(checked.rows, checked.directory, missing);
    return checked;
}

Result<void> close_account(Store& store, const std::string& email, std::int64_t now) {
    auto account = store.accounts().find_user_by_email(email);
    if (!account) {
        return domain::fail(account.error());
    }
    if (!*account || !(*account)->user.active()) {
        return {};
    }
    const auto id = (*account)->user.id;
    if (auto closed = store.accounts().set_deactivated(id, now); !closed) {
        return closed;
    }
    if (auto revoked = store.accounts().revoke_sign_in_links(id, now); !revoked) {
        return revoked;
    }
    return store.accounts().delete_sessions_of(id);
}

Result<void> write_file(Store& store, const CheckedFile& checked, std::int64_t now) {
    const auto& directory = checked.directory;
    std::unordered_map<std::string, domain::PersonId> ids;
    for (const auto& [email, person] : directory.by_email) {
        ids.emplace(email, person.id);
    }
    std::set<std::string> to_write;
    for (const auto* group : {&checked.plan.joining, &checked.plan.changing, &checked.plan.returning}) {
        for (const auto& change : *group) {
            to_write.insert(change.email);
        }
    }
    // A manager may come later in the file than the people they manage: those links wait for a second pass.
    std::vector<std::pair<Person, std::string>> waiting_for_manager;
    std::vector<EqualityChange> equality;
    for (const auto& row : checked.rows) {
        if (to_write.count(row.email) == 0) {
            continue;
        }
        auto unit = store.people().ensure_unit(row.unit_names);
        if (!unit) {
            return domain::fail(unit.error());
        }
        const auto known = directory.by_email.find(row.email);
        Person person = known != directory.by_email.end() ? known->second : Person{};
        person.email = row.email;
        person.name = row.name;
        person.grade = row.grade;
        person.profession = row.profession;
        person.region = row.region;
        person.unit = *unit;
        person.left_at.reset();
        person.line_manager.reset();
        const auto manager = ids.find(row.manager_email);
        if (manager != ids.end()) {
            person.line_manager = manager->second;
        }
        auto id = store.people().save_person(person);
        if (!id) {
            return domain::fail(id.error());
        }
        person.id = *id;
        ids[row.email] = *id;
        for (const auto& [field, value] : row.equality) {
            equality.push_back(
                {*id, field, value.empty() ? std::nullopt : std::optional<std::string>(value)});
        }
        if (!row.manager_email.empty() && !person.line_manager) {
            waiting_for_manager.emplace_back(std::move(person), row.manager_email);
        }
    }
    for (auto& [person, manager_email] : waiting_for_manager) {
        person.line_manager = ids.at(manager_email);
        if (auto saved = store.people().save_person(person); !saved) {
            return domain::fail(saved.error());
        }
    }
    if (auto saved = store.equality().save_equality(equality); !saved) {
        return saved;
    }
    for (const auto& leaver : checked.plan.leaving) {
        auto person = directory.by_email.at(leaver.email);
        person.left_at = now;
        if (auto saved = store.people().save_person(person); !saved) {
            return domain::fail(saved.error());
        }
        if (auto closed = close_account(store, leaver.email, now); !closed) {
            return closed;
        }
    }
    return {};
}

} // namespace

Result<PeopleImportPlan> plan_people_import(Store& store, std::string_view csv_text, MissingPeople missing) {
    auto checked = check_file(store, csv_text, missing);
    if (!checked) {
        return domain::fail(checked.error());
    }
    return std::move(checked->plan);
}

Result<PeopleImportPlan> import_people(Store& store, std::string_view csv_text, MissingPeople missing,
                                       std::int64_t now) {
    PeopleImportPlan done;
    auto written = store.in_transaction([&]() -> Result<void> {
        // Checked inside the transaction, so that what is written follows from the directory as it is.
        auto checked = check_file(store, csv_text, missing);
        if (!checked) {
            return domain::fail(checked.error());
        }
        if (!checked->plan.applicable()) {
            CsvProblems problems;
            for (const auto& problem : checked->plan.problems) {
                problems.add(problem.line, problem.column, problem.message);
            }
            return domain::fail(problems.error(nothing_imported, import_again));
        }
        if (auto result = write_file(store, *checked, now); !result) {
            return result;
        }
        done = std::move(checked->plan);
        return {};
    });
    if (!written) {
        return domain::fail(written.error());
    }
    return done;
}

} // namespace leadline::app
