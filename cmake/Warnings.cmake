# Warnings and sanitizers are INTERFACE targets that each of our targets links PRIVATE.
add_library(leadline_warnings INTERFACE)
target_compile_options(leadline_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wold-style-cast
  -Wnon-virtual-dtor -Woverloaded-virtual $<$<BOOL:${LEADLINE_WERROR}>:-Werror>)

add_library(leadline_sanitizers INTERFACE)
if(LEADLINE_SANITIZE)
  # vptr checks need the RTTI of every polymorphic class we touch, and SOCI's shared libraries
  # hide theirs: the check is left out so ASan and the rest of UBSan can link against SOCI.
  target_compile_options(leadline_sanitizers INTERFACE
    -fsanitize=address,undefined -fno-sanitize=vptr -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(leadline_sanitizers INTERFACE -fsanitize=address,undefined -fno-sanitize=vptr)
endif()

# Applies both to a target of ours. Under the sanitizers an executable is linked at a fixed address: a
# position-independent one spends a third of a second relocating itself at every start, and the tests
# start one process per test (and the command line for many of them).
function(leadline_target_defaults target)
  target_link_libraries(${target} PRIVATE leadline_warnings leadline_sanitizers)
  get_target_property(type ${target} TYPE)
  if(LEADLINE_SANITIZE AND type STREQUAL "EXECUTABLE")
    target_link_options(${target} PRIVATE -no-pie)
  endif()
endfunction()

# Headers nearly every file includes, parsed once per target rather than once per file (a tenth of the
# dev build's time). On in the dev preset only: clang-tidy reads the release preset's compile commands and
# clang cannot read GCC's precompiled headers, and with them GCC 12's optimiser reported false array
# bounds errors inside std::string. clang-tidy compiles each file of src/ without them, so a file that
# forgets an include it needs still fails CI.
option(LEADLINE_PCH "Precompile the standard headers of the larger targets" OFF)
set(leadline_common_headers
  <algorithm> <chrono> <cstdint> <functional> <map> <memory> <optional> <set> <string> <string_view>
  <unordered_map> <utility> <variant> <vector> <tl/expected.hpp>)

# Precompiles the common headers, and any given, for a target with many files.
function(leadline_precompile target)
  if(LEADLINE_PCH)
    target_precompile_headers(${target} PRIVATE ${leadline_common_headers} ${ARGN})
  endif()
endfunction()
