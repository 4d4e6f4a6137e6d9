#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "domain/core/result.hpp"

namespace leadline::app {

// Writes a ZIP archive (PKWARE APPNOTE 6.3) in memory: each file deflated, names in UTF-8. Every
// archiver in use reads it (Windows Explorer, macOS Archive Utility, unzip). Without ZIP64, it holds at
// most 65,535 files and 4 GiB, far more than a cycle's reports.
class ZipArchive {
  public:
    // `modified` is when the files were written, in seconds since 1970 (UTC); the format keeps it to two
    // seconds, from 1980.
    explicit ZipArchive(std::int64_t modified);

    [[nodiscard]] domain::Result<void> add(const std::string& name, std::string_view bytes);
    // The whole archive; nothing more can be added afterwards.
    [[nodiscard]] std::string finish();

  private:
    struct Entry {
        std::string name;
        std::uint32_t crc = 0;
        std::uint32_t compressed_size = 0;
        std::uint32_t size = 0;
        std::uint32_t offset = 0;
    };
    void put_common_fields(const Entry& entry);

    std::string m_bytes;
    std::vector<Entry> m_entries;
    std::uint16_t m_dos_time = 0;
    std::uint16_t m_dos_date = 0;
};

// A file name safe in every archiver and file system: letters, digits and a few marks kept, anything
// else (slashes, colons, quotes) replaced by "_".
[[nodiscard]] std::string safe_file_name(std::string_view text);

} // namespace leadline::app
