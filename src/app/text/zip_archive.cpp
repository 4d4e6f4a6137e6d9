#include "app/text/zip_archive.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <limits>
#include <utility>

#include <zlib.h>

namespace leadline::app {

namespace {

constexpr std::uint32_t local_header_signature = 0x04034b50;
constexpr std::uint32_t central_header_signature = 0x02014b50;
constexpr std::uint32_t end_signature = 0x06054b50;
constexpr std::uint16_t version_needed = 20; // 2.0: deflate
constexpr std::uint16_t utf8_names = 0x0800;
constexpr std::uint16_t deflated = 8;
constexpr std::size_t most_entries = 0xffff;

void put16(std::string& out, std::uint16_t value) {
    out += static_cast<char>(value & 0xff);
    out += static_cast<char>((value >> 8) & 0xff);
}

void put32(std::string& out, std::uint32_t value) {
    put16(out, static_cast<std::uint16_t>(value & 0xffff));
    put16(out, static_cast<std::uint16_t>(value >> 16));
}

// Raw deflate (no zlib header), as ZIP's method 8 wants.
domain::Result<std::string> deflate_raw(std::string_view bytes) {
    z_stream stream{};
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        return domain::fail(domain::ErrorCode::Internal, "zlib could not start compressing");
    }
    std::string out(deflateBound(&stream, static_cast<uLong>(bytes.size())), '\0');
    // zlib's interface is not const-correct; it does not write to its input.
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
    stream.avail_in = static_cast<uInt>(bytes.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int result = deflate(&stream, Z_FINISH);
    const auto written = stream.total_out;
    deflateEnd(&stream);
    if (result != Z_STREAM_END) {
        return domain::fail(domain::ErrorCode::Internal, "zlib could not compress a file");
    }
    out.resize(written);
    return out;
}

} // namespace

ZipArchive::ZipArchive(std::int64_t modified) {
    using namespace std::chrono;
    const auto seconds = sys_seconds(std::chrono::seconds(modified));
    const auto day = floor<days>(seconds);
    const year_month_day date(day);
    const hh_mm_ss time(seconds - day);
    const auto years = static_cast<unsigned>(std::max(0, static_cast<int>(date.year()) - 1980));
    m_dos_date = static_cast<std::uint16_t>((years << 9U) | (static_cast<unsigned>(date.month()) << 5U) |
                                            static_cast<unsigned>(date.day()));
    const auto hours = static_cast<unsigned>(time.hours().count());
    const auto minutes = static_cast<unsigned>(time.minutes().count());
    const auto half_minutes = static_cast<unsigned>(time.seconds().count() / 2);
    m_dos_time = static_cast<std::uint16_t>((hours << 11U) | (minutes << 5U) | half_minutes);
}

void ZipArchive::put_common_fields(const Entry& entry) {
    // From "version needed" to the extra field's length, a file's local header and its entry in the central
    // directory say the same.
    put16(m_bytes, version_needed);
    put16(m_bytes, utf8_names);
    put16(m_bytes, deflated);
    put16(m_bytes, m_dos_time);
    put16(m_bytes, m_dos_date);
    put32(m_bytes, entry.crc);
    put32(m_bytes, entry.compressed_size);
    put32(m_bytes, entry.size);
    put16(m_bytes, static_cast<std::uint16_t>(entry.name.size()));
    put16(m_bytes, 0); // no extra field
}

domain::Result<void> ZipArchive::add(const std::string& name, std::string_view bytes) {
    if (m_entries.size() >= most_entries || name.size() > 0xffff ||
        bytes.size() > std::numeric_limits<std::uint32_t>::max() ||
        written() > std::numeric_limits<std::uint32_t>::max() - bytes.size()) {
        return domain::fail(domain::ErrorCode::FailedPrecondition,
                            "Too much for one ZIP file (65,535 files or 4 GiB at most).");
    }
    auto compressed = deflate_raw(bytes);
    if (!compressed) {
        return domain::fail(compressed.error());
    }
    Entry entry;
    entry.name = name;
    entry.crc = static_cast<std::uint32_t>(crc32(
        crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uInt>(bytes.size())));
    entry.compressed_size = static_cast<std::uint32_t>(compressed->size());
    entry.size = static_cast<std::uint32_t>(bytes.size());
    entry.offset = static_cast<std::uint32_t>(written());
    put32(m_bytes, local_header_signature);
    put_common_fields(entry);
    m_bytes += name;
    m_bytes += *compressed;
    m_entries.push_back(std::move(entry));
    return {};
}

std::string ZipArchive::take() {
    m_taken += m_bytes.size();
    return std::exchange(m_bytes, {});
}

std::string ZipArchive::finish() {
    const auto directory_offset = static_cast<std::uint32_t>(written());
    for (const auto& entry : m_entries) {
        put32(m_bytes, central_header_signature);
        put16(m_bytes, version_needed); // made by: the same version, MS-DOS attributes
        put_common_fields(entry);
        put16(m_bytes, 0); // comment
        put16(m_bytes, 0); // disk
        put16(m_bytes, 0); // internal attributes
        put32(m_bytes, 0); // external attributes
        put32(m_bytes, entry.offset);
        m_bytes += entry.name;
    }
    const auto directory_size = static_cast<std::uint32_t>(written() - directory_offset);
    put32(m_bytes, end_signature);
    put16(m_bytes, 0); // this disk
    put16(m_bytes, 0); // the disk the directory starts on
    put16(m_bytes, static_cast<std::uint16_t>(m_entries.size()));
    put16(m_bytes, static_cast<std::uint16_t>(m_entries.size()));
    put32(m_bytes, directory_size);
    put32(m_bytes, directory_offset);
    put16(m_bytes, 0); // comment
    m_entries.clear();
    return std::move(m_bytes);
}

std::string safe_file_name(std::string_view text) {
    std::string safe;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        const bool kept = std::isalnum(byte) != 0 || byte >= 0x80 || c == ' ' || c == '-' || c == '_' ||
                          c == '.' || c == '@' || c == '(' || c == ')' || c == ',' || c == '\'';
        safe += kept ? c : '_';
    }
    return safe;
}

} // namespace leadline::app
