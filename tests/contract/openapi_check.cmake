# Runs the OpenAPI contract check for ctest:  cmake -DNODE=… -DSOURCE_DIR=… [-DSERVER=… -DROUTES_FILE=…] -P openapi_check.cmake
#
#   NODE         the Node.js executable (find_program's result; may be …-NOTFOUND)
#   SOURCE_DIR   the project's source directory
#   SERVER       optional: the portiek-server binary; its `routes` output must all be in the spec
#   ROUTES_FILE  with SERVER: where to write that output
#
# Every problem ends in message(FATAL_ERROR), so the test fails with a sentence saying what to do;
# nothing is ever skipped.

if(NOT NODE)
    message(FATAL_ERROR
        "Node.js was not found when CMake configured the build (looked for `node` and `nodejs`). "
        "Install it (Debian: apt-get install nodejs npm), run `npm ci --prefix tools/openapi`, "
        "and configure again.")
endif()
if(NOT EXISTS "${SOURCE_DIR}/tools/openapi/node_modules/@apidevtools/swagger-parser/package.json"
   OR NOT EXISTS "${SOURCE_DIR}/tools/openapi/node_modules/ajv/package.json")
    message(FATAL_ERROR
        "The OpenAPI validator is not installed in tools/openapi/node_modules. "
        "Run: npm ci --prefix tools/openapi --no-audit --no-fund   (scripts/test does this)")
endif()

set(check_command "${NODE}" tools/openapi/check.mjs docs/openapi.yaml)

if(DEFINED SERVER)
    if(NOT SERVER OR NOT EXISTS "${SERVER}")
        message(FATAL_ERROR
            "The portiek-server binary is not available (${SERVER}): the build defines no "
            "portiek-server target, or it has not been built yet. Build the project first.")
    endif()
    if(NOT ROUTES_FILE)
        message(FATAL_ERROR "openapi_check.cmake: ROUTES_FILE is required with SERVER")
    endif()
    execute_process(
        COMMAND "${SERVER}" routes
        OUTPUT_FILE "${ROUTES_FILE}"
        ERROR_VARIABLE routes_error
        RESULT_VARIABLE routes_result
        TIMEOUT 30)
    if(NOT routes_result EQUAL 0)
        message(FATAL_ERROR "`portiek-server routes` failed (${routes_result}): ${routes_error}")
    endif()
    file(READ "${ROUTES_FILE}" routes_text)
    message(STATUS "portiek-server routes:\n${routes_text}")
    list(APPEND check_command --routes "${ROUTES_FILE}")
endif()

execute_process(
    COMMAND ${check_command}
    WORKING_DIRECTORY "${SOURCE_DIR}"
    RESULT_VARIABLE check_result)
if(NOT check_result EQUAL 0)
    message(FATAL_ERROR "The OpenAPI contract check failed (exit ${check_result}); see the lines above.")
endif()
