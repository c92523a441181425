-- wrk script for scripts/bench: a signed-in member's page data (GET /api/v1/jlc/me), its
-- session cookie (argument 1) looked up and touched in the database on every request.
function init(args)
  if args[1] then wrk.headers["Cookie"] = args[1] end
end
