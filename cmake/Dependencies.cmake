# Every third-party library comes from Debian 12 packages (see ../shared/STACK.md and scripts/setup).
find_package(Threads REQUIRED)
find_package(tl-expected REQUIRED)
find_package(fmt 9 REQUIRED)
find_package(spdlog 1.10 REQUIRED)
find_package(yaml-cpp REQUIRED)
find_package(lemon REQUIRED) # variables only: LEMON_INCLUDE_DIRS, LEMON_LIBRARIES
find_package(PkgConfig REQUIRED)
find_package(ZLIB REQUIRED) # deflate and CRC-32 for the ZIP of a cycle's reports
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
# JSON is read and written in the use cases too (a published cycle's reports kept whole), so the fuzz
# build, which links them, needs it as well.
find_package(Boost 1.81 REQUIRED COMPONENTS json url)

if(NOT LEADLINE_FUZZ)
  pkg_check_modules(CTEMPLATE REQUIRED IMPORTED_TARGET libctemplate)
  find_package(CLI11 2.1 REQUIRED)
  find_package(GTest REQUIRED)
  find_package(benchmark REQUIRED)
  find_package(SQLite3 REQUIRED)
  find_package(PostgreSQL REQUIRED)
  # SOCI 4.0.3 in Debian ships neither a CMake config nor a .pc file.
  find_library(SOCI_CORE_LIB soci_core REQUIRED)
  find_library(SOCI_SQLITE3_LIB soci_sqlite3 REQUIRED)
  find_library(SOCI_POSTGRESQL_LIB soci_postgresql REQUIRED)
  add_library(leadline_soci INTERFACE)
  target_link_libraries(leadline_soci INTERFACE ${SOCI_SQLITE3_LIB} ${SOCI_POSTGRESQL_LIB} ${SOCI_CORE_LIB}
                                                SQLite::SQLite3 PostgreSQL::PostgreSQL ${CMAKE_DL_LIBS})
endif()
