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
    // The bytes written since the last take, to send on before the archive is finished: an archive of
    // thousands of files need not be held whole.
    [[nodiscard]] std::string take();
    // The rest of the archive (all of it, when nothing was taken); nothing more can be added afterwards.
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
    [[nodiscard]] std::size_t written() const { return m_taken + m_bytes.size(); }

    std::string m_bytes;
    std::size_t m_taken = 0; // bytes handed out by take()
    std::vector<Entry> m_entries;
    std::uint16_t m_dos_time = 0;
    std::uint16_t m_dos_date = 0;
};

// A file name safe in every archiver and file system: letters, digits and a few marks kept, anything
// else (slashes, colons, quotes) replaced by "_".
[[nodiscard]] std::string safe_file_name(std::string_view text);

} // namespace leadline::app
