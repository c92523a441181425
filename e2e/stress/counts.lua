-- Counts answers by status class in every wrk thread and prints the totals as one line that
-- scripts/stress reads: STATUS 2xx=… 401=… 429=… 4xx=… 5xx=… (4xx: other client errors).
local threads = {}
local names = { "s2xx", "s401", "s429", "s4xx", "s5xx" }

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  for _, name in ipairs(names) do _G[name] = 0 end
  if args[1] then wrk.headers["Origin"] = args[1] end
end

function response(status, headers, body)
  if status >= 500 then s5xx = s5xx + 1
  elseif status == 429 then s429 = s429 + 1
  elseif status == 401 then s401 = s401 + 1
  elseif status >= 400 then s4xx = s4xx + 1
  elseif status >= 200 and status < 300 then s2xx = s2xx + 1
  end
end

function done(summary, latency, requests)
  local totals = {}
  for _, name in ipairs(names) do
    totals[name] = 0
    for _, thread in ipairs(threads) do totals[name] = totals[name] + thread:get(name) end
  end
  io.write(string.format("STATUS 2xx=%d 401=%d 429=%d 4xx=%d 5xx=%d p99_ms=%.1f\n",
    totals.s2xx, totals.s401, totals.s429, totals.s4xx, totals.s5xx, latency:percentile(99) / 1000))
end
