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
