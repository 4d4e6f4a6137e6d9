#include "app/people/import_people.hpp"

#include <map>
#include <set>
#include <unordered_map>

#include "app/people/people_csv.hpp"
#include "app/text/csv_problems.hpp"
#include "app/text/csv_reader.hpp"
#include "domain/people/line_management.hpp"

namespace leadline::app {

using domain::ErrorCode;
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
        if (!known) {
            problems.add(
                header.line, name.empty() ? "(blank)" : name,
                "unknown column; the header is email,name,unit_path,grade,profession,region,manager_email");
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

std::optional<Row> read_row(const CsvRecord& record, const std::map<std::string_view, std::size_t>& places,
                            CsvProblems& problems) {
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
    return ok ? std::optional<Row>(std::move(row)) : std::nullopt;
}

Result<ImportSummary> write_rows(Store& store, const std::vector<Row>& rows,
                                 const std::unordered_map<std::string, domain::Person>& existing) {
    ImportSummary summary;
    std::unordered_map<std::string, domain::PersonId> ids;
    for (const auto& [email, person] : existing) {
        ids.emplace(email, person.id);
    }
    // First everyone exists, then managers are linked: a manager may come later in the file.
    std::vector<domain::Person> written;
    for (const auto& row : rows) {
        auto unit = store.people().ensure_unit(row.unit_names);
        if (!unit) {
            return domain::fail(unit.error());
        }
        const auto known = existing.find(row.email);
        domain::Person person = known != existing.end() ? known->second : domain::Person{};
        ++(known != existing.end() ? summary.updated : summary.added);
        person.email = row.email;
        person.name = row.name;
        person.grade = row.grade;
        person.profession = row.profession;
        person.region = row.region;
        person.unit = *unit;
        person.line_manager.reset();
        auto id = store.people().save_person(person);
        if (!id) {
            return domain::fail(id.error());
        }
        person.id = *id;
        ids[row.email] = *id;
        written.push_back(std::move(person));
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].manager_email.empty()) {
            continue;
        }
        written[i].line_manager = ids.at(rows[i].manager_email);
        if (auto saved = store.people().save_person(written[i]); !saved) {
            return domain::fail(saved.error());
        }
    }
    return summary;
}

} // namespace

Result<ImportSummary> import_people(Store& store, std::string_view csv_text) {
    CsvProblems problems;
    const auto document = read_csv(csv_text);
    for (const auto& problem : document.problems) {
        problems.add(problem.line, problem.column == 0 ? "" : std::to_string(problem.column),
                     problem.message);
    }
    if (problems.any()) {
        return domain::fail(problems.error(nothing_imported, import_again));
    }
    if (document.records.empty()) {
        return domain::fail(ErrorCode::InvalidInput,
                            "The file is empty; it needs a header line and one line per person.");
    }
    const auto places = read_header(document.records.front(), problems);
    if (!places) {
        return domain::fail(problems.error(nothing_imported, import_again));
    }

    std::vector<Row> rows;
    std::map<std::string, std::size_t> line_of_email;
    for (std::size_t i = 1; i < document.records.size(); ++i) {
        auto row = read_row(document.records[i], *places, problems);
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

    auto everyone = store.people().people();
    if (!everyone) {
        return domain::fail(everyone.error());
    }
    std::unordered_map<std::string, domain::Person> existing;
    std::unordered_map<std::int64_t, std::string> email_of_id;
    for (auto& person : *everyone) {
        email_of_id.emplace(person.id.value(), person.email);
        existing.emplace(person.email, person);
    }
    std::unordered_map<std::string, std::string> manager_of;
    for (const auto& [email, person] : existing) {
        if (person.line_manager) {
            manager_of[email] = email_of_id[person.line_manager->value()];
        }
    }
    for (const auto& row : rows) {
        manager_of[row.email] = row.manager_email;
        if (!row.manager_email.empty() && line_of_email.count(row.manager_email) == 0 &&
            existing.count(row.manager_email) == 0) {
            problems.add(row.line, "manager_email",
                         row.manager_email +
                             " is not in this file or the directory; add them as a person first");
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
    if (problems.any()) {
        return domain::fail(problems.error(nothing_imported, import_again));
    }

    ImportSummary summary;
    auto written = store.in_transaction([&]() -> Result<void> {
        auto result = write_rows(store, rows, existing);
        if (!result) {
            return domain::fail(result.error());
        }
        summary = *result;
        return {};
    });
    if (!written) {
        return domain::fail(written.error());
    }
    return summary;
}

} // namespace leadline::app
