// The ZIP writer, read back the way an archiver reads it: the central directory at the end, then each
// file's local header and its deflated bytes.
#include <gtest/gtest.h>

#include "app/text/zip_archive.hpp"
#include "support/zip_reader.hpp"

using namespace leadline;

using leadline::testing::read_zip;

TEST(ZipArchive, FilesReadBackWholeWithTheirNamesAndDate) {
    app::ZipArchive archive(1'790'000'000); // 21 September 2026
    const std::string report(50'000, 'r');
    ASSERT_TRUE(archive.add("Siân Jones (sian@council.example).html", "<html>" + report + "</html>"));
    ASSERT_TRUE(archive.add("figures.csv", "subject,figure\r\n"));
    ASSERT_TRUE(archive.add("empty.txt", ""));
    const auto zip = archive.finish();
    EXPECT_LT(zip.size(), 2'000U) << "repeated text is compressed";
    const auto files = read_zip(zip);
    ASSERT_EQ(files.size(), 3U);
    EXPECT_EQ(files[0].name, "Siân Jones (sian@council.example).html");
    EXPECT_EQ(files[0].content, "<html>" + report + "</html>");
    EXPECT_EQ(files[1].content, "subject,figure\r\n");
    EXPECT_EQ(files[2].content, "");
    EXPECT_EQ(files[0].dos_date, ((2026U - 1980U) << 9U) | (9U << 5U) | 21U);
}

TEST(ZipArchive, TakenAsItIsWrittenItIsTheSameArchiveByteForByte) {
    app::ZipArchive whole(1'790'000'000);
    app::ZipArchive in_pieces(1'790'000'000);
    std::string sent;
    for (std::size_t file = 0; file < 3; ++file) {
        const auto name = "report-" + std::to_string(file) + ".html";
        const std::string body(1'000 * (file + 1), "abc"[file]);
        ASSERT_TRUE(whole.add(name, body));
        ASSERT_TRUE(in_pieces.add(name, body));
        sent += in_pieces.take();
    }
    EXPECT_TRUE(in_pieces.take().empty()) << "nothing twice";
    sent += in_pieces.finish();
    EXPECT_EQ(sent, whole.finish()) << "each file's place, and the directory, count what was already sent";
    EXPECT_EQ(read_zip(sent).size(), 3U);
}

TEST(ZipArchive, FileNamesLoseWhatArchiversOrFileSystemsRefuse) {
    EXPECT_EQ(app::safe_file_name("Jo \"JJ\" O'Neil: HR/Payroll\\North?.html"),
              "Jo _JJ_ O'Neil_ HR_Payroll_North_.html");
    EXPECT_EQ(app::safe_file_name("Siân"), "Siân");
}
