# Warnings and Qt hygiene shared by every target of the project.
add_library(portiek_compiler_settings INTERFACE)
target_compile_definitions(portiek_compiler_settings INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(portiek_compiler_settings INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual)
    if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        # Qt's documented `qCWarning(category) << …` expands to a variadic macro call without
        # variadic arguments, which clang's -Wpedantic flags before C++20 (GCC does not).
        target_compile_options(portiek_compiler_settings INTERFACE
            -Wno-gnu-zero-variadic-macro-arguments)
    endif()
    if(PORTIEK_WERROR)
        target_compile_options(portiek_compiler_settings INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(portiek_compiler_settings INTERFACE /W4 /permissive- /utf-8)
    if(PORTIEK_WERROR)
        target_compile_options(portiek_compiler_settings INTERFACE /WX)
    endif()
endif()
if(PORTIEK_DEVELOPMENT)
    target_compile_definitions(portiek_compiler_settings INTERFACE PORTIEK_DEVELOPMENT_BUILD)
endif()

# LLVM's linker where the compiler can use it (scripts/lib/packages installs it): it links each
# of the hundred-odd test programs in about a quarter of GNU ld's time, most of a build's linking.
option(PORTIEK_USE_LLD "Link with lld when it is installed" ON)
if(PORTIEK_USE_LLD AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang" AND NOT APPLE)
    include(CheckLinkerFlag)
    check_linker_flag(CXX "-fuse-ld=lld" PORTIEK_HAVE_LLD)
    if(PORTIEK_HAVE_LLD)
        add_link_options(-fuse-ld=lld)
    endif()
endif()
