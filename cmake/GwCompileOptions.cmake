# SPDX-License-Identifier: GPL-2.0-or-later
# Compile settings shared by every GridWall target.

# Strict string handling: every literal that reaches a QString says how it is encoded.
set(GW_QT_DEFINITIONS
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_USE_QSTRINGBUILDER
  QT_NO_FOREACH
)

function(gw_target_defaults target)
  target_compile_definitions(${target} PRIVATE ${GW_QT_DEFINITIONS})
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wno-deprecated-declarations)
  endif()
endfunction()

# Registers one Qt Test executable per source file named test_*.cpp in the
# calling folder, linked to the given libraries and labelled for ctest -L.
function(gw_add_tests label)
  cmake_parse_arguments(ARG "" "" "LIBRARIES;ENVIRONMENT" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/test_*.cpp)
  # Shared test classes in headers of the same folder need moc in every test that uses them.
  file(GLOB headers CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.h)
  foreach(source ${sources})
    get_filename_component(name ${source} NAME_WE)
    set(target ${label}_${name})
    add_executable(${target} ${source} ${headers})
    gw_target_defaults(${target})
    target_include_directories(${target} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
    target_compile_definitions(${target} PRIVATE
      GW_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
      GW_BINARY_DIR="${PROJECT_BINARY_DIR}")
    target_link_libraries(${target} PRIVATE ${ARG_LIBRARIES} Qt${QT_VERSION_MAJOR}::Test)
    add_test(NAME ${target} COMMAND ${target})
    set_tests_properties(${target} PROPERTIES LABELS ${label}
      ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;${ARG_ENVIRONMENT}")
  endforeach()
endfunction()
