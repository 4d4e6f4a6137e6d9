// libFuzzer target: the CSV reader must never crash, hang or read out of bounds, whatever the bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "app/text/csv_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto document = leadline::app::read_csv(text);
    for (const auto& record : document.records) {
        for (const auto& field : record.fields) {
            // Writing a field back and reading it again gives the same field (csv_text takes off the mark
            // that stops a spreadsheet running it as a formula).
            const auto again = leadline::app::read_csv(leadline::app::csv_field(field) + "\n");
            if (!field.empty() && again.problems.empty() &&
                (again.records.size() != 1 || leadline::app::csv_text(again.records[0].fields[0]) != field)) {
                __builtin_trap();
            }
        }
    }
    return 0;
}
