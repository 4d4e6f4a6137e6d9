#pragma once

#include <filesystem>
#include <string>

namespace leadline::bench {

enum class ReportsMeasure {
    EndToEnd,    // read the cycle from the database and compute every report, as publishing does
    InMemory,    // read first, untimed; then time computing every report from the answers in memory
    Aggregation, // read first, untimed; then time only the attribute cells the SQL engines compute
};

// Times one way of computing a published cycle's reports and prints the time and a checksum of the
// figures the SQL engines also compute, so the engines can be checked against each other. Returns an
// error message, empty on success.
[[nodiscard]] std::string measure_reports(const std::filesystem::path& database, ReportsMeasure what);

} // namespace leadline::bench
