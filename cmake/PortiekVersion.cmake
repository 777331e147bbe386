# A generated header with the project version, for the client and the server alike.
configure_file("${CMAKE_CURRENT_LIST_DIR}/version.h.in"
               "${CMAKE_BINARY_DIR}/generated/portiek/version.h" @ONLY)
add_library(portiek_version INTERFACE)
target_include_directories(portiek_version INTERFACE "${CMAKE_BINARY_DIR}/generated")
