-- wrk script for scripts/bench: a signed-in member's page data (GET /api/v1/jlc/me), with
-- the session cookies given as arguments taken in turn, so each request looks up and touches
-- one of many sessions in the database rather than one hot row.
local cookies = {}
local next = 1

function init(args)
  for i = 1, #args do
    if args[i] ~= "" then cookies[#cookies + 1] = args[i] end
  end
  -- Each wrk thread starts at its own place in the list.
  next = math.random(math.max(#cookies, 1))
end

function request()
  if #cookies == 0 then return wrk.format("GET") end
  local cookie = cookies[next]
  next = next % #cookies + 1
  return wrk.format("GET", nil, { ["Cookie"] = cookie })
end
