-- wrk script for scripts/bench: POST /api/v1/track with one AWB number (JNE_BENCH_AWB) as JSON.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"awbs":["' .. (os.getenv("JNE_BENCH_AWB") or "0166231900105595") .. '"]}'
