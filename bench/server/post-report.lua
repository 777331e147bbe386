-- wrk script: POST a new report, every request with an Idempotency-Key of its own (the server
-- answers a repeated key with the first answer, which would measure the replay, not a write).
-- Expects the globals path and token from the command line: wrk ... -- PATH TOKEN
local threads = {}
local counter = 0

function setup(thread)
    thread:set("threadNumber", #threads + 1)
    table.insert(threads, thread)
end

function init(args)
    path = args[1]
    token = args[2]
    prefix = string.format("wrk-%d-%d-%d", os.time(), threadNumber or 0, math.random(1000000000))
end

function request()
    counter = counter + 1
    local headers = {
        ["Authorization"] = "Bearer " .. token,
        ["Content-Type"] = "application/json",
        ["Idempotency-Key"] = prefix .. "-" .. counter,
    }
    local body = string.format('{"text":"Doorvoertest: rapportage %s-%d."}', prefix, counter)
    return wrk.format("POST", path, headers, body)
end
