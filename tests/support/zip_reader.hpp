#pragma once

// Reads a ZIP back the way an archiver does (the central directory at the end, then each file's local
// header and deflated bytes), checking signatures and CRCs as it goes.
#include <cstdint>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <zlib.h>

namespace leadline::testing {

inline std::uint32_t read16(const std::string& bytes, std::size_t at) {
    return static_cast<unsigned char>(bytes[at]) |
           (static_cast<unsigned>(static_cast<unsigned char>(bytes[at + 1])) << 8U);
}

inline std::uint32_t read32(const std::string& bytes, std::size_t at) {
    return read16(bytes, at) | (read16(bytes, at + 2) << 16U);
}

inline std::string inflate_raw(const std::string& compressed, std::size_t size) {
    std::string out(size, '\0');
    z_stream stream{};
    EXPECT_EQ(inflateInit2(&stream, -MAX_WBITS), Z_OK);
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    stream.avail_in = static_cast<uInt>(compressed.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    EXPECT_EQ(inflate(&stream, Z_FINISH), Z_STREAM_END);
    inflateEnd(&stream);
    return out;
}

struct ReadBack {
    std::string name;
    std::string content;
    std::uint32_t dos_date = 0;
};

inline std::vector<ReadBack> read_zip(const std::string& zip) {
    const auto end = zip.size() - 22;
    EXPECT_EQ(read32(zip, end), 0x06054b50U);
    const auto count = read16(zip, end + 10);
    auto at = read32(zip, end + 16);
    std::vector<ReadBack> files;
    for (std::uint32_t i = 0; i < count; ++i) {
        EXPECT_EQ(read32(zip, at), 0x02014b50U);
        const auto crc = read32(zip, at + 16);
        const auto compressed = read32(zip, at + 20);
        const auto size = read32(zip, at + 24);
        const auto name_length = read16(zip, at + 28);
        const auto local = read32(zip, at + 42);
        ReadBack file{zip.substr(at + 46, name_length), {}, read16(zip, at + 14)};
        EXPECT_EQ(read32(zip, local), 0x04034b50U);
        EXPECT_EQ(read16(zip, local + 8), 8U) << "deflated";
        const auto data = local + 30 + read16(zip, local + 26) + read16(zip, local + 28);
        file.content = inflate_raw(zip.substr(data, compressed), size);
        EXPECT_EQ(crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(file.content.data()),
                        static_cast<uInt>(file.content.size())),
                  crc);
        files.push_back(std::move(file));
        at += 46 + name_length + read16(zip, at + 30) + read16(zip, at + 32);
    }
    return files;
}

} // namespace leadline::testing
