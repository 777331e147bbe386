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
