-- Public tracking under load: three demo numbers per search, as the page sends them.
dofile("counts.lua")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"awbs":["0166231900105595","5403212200022724","CM96392284741"]}'
