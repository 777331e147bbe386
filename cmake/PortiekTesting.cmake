# portiek_add_test(<name> LABEL <label> SOURCES <files...> [LIBRARIES <targets...>] [TIMEOUT <s>])
#
# One executable per test. Every test runs offscreen, in a fixed locale, with a timeout and a
# ctest label, so `ctest -L gui` and friends work. Tests labelled `keychain` run inside a private
# D-Bus session with an unlocked gnome-keyring (scripts/with-keyring).
function(portiek_add_test name)
    cmake_parse_arguments(ARG "POSTGRESQL" "LABEL;TIMEOUT" "SOURCES;LIBRARIES" ${ARGN})
    if(NOT ARG_LABEL)
        message(FATAL_ERROR "portiek_add_test(${name}): LABEL is required")
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test portiek_compiler_settings ${ARG_LIBRARIES})
    if(ARG_LABEL STREQUAL "keychain")
        add_test(NAME ${name} COMMAND "${PROJECT_SOURCE_DIR}/scripts/with-keyring" $<TARGET_FILE:${name}>)
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()
    set(environment "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANG=C.UTF-8;LANGUAGE=;TZ=Europe/Amsterdam;PORTIEK_SOURCE_DIR=${PROJECT_SOURCE_DIR};PORTIEK_SERVER_BINARY=$<$<TARGET_EXISTS:portiek-server>:$<TARGET_FILE:portiek-server>>")
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABEL}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "${environment}")
    # POSTGRESQL: once more with the server on PostgreSQL (tests/CMakeLists.txt, the fixture).
    if(ARG_POSTGRESQL AND PORTIEK_POSTGRES_DIR)
        add_test(NAME ${name}_postgresql COMMAND ${name})
        set_tests_properties(${name}_postgresql PROPERTIES
            LABELS "${ARG_LABEL};postgresql"
            TIMEOUT ${ARG_TIMEOUT}
            FIXTURES_REQUIRED postgres
            ENVIRONMENT "${environment};PORTIEK_TEST_POSTGRES=${PORTIEK_POSTGRES_DIR}/connection")
    endif()
endfunction()
