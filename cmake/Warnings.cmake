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

# Applies both to a target of ours.
function(leadline_target_defaults target)
  target_link_libraries(${target} PRIVATE leadline_warnings leadline_sanitizers)
endfunction()
