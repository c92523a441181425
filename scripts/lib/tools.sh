# Installs what the build and the tests need when it is missing; quick when all is there.
# Sourced by scripts/run, scripts/test and scripts/bench. Nothing here downloads from outside
# the package registries: Trunk's own tool downloads fail on this network.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
TRUNK_VERSION=0.21.14
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER=/usr/bin/chromedriver
# wasm-opt comes from npm's binaryen 132; Debian's older one breaks on this app.
export PATH="$ROOT/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '\n== %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_wasm_target() {
  rustup target list --installed | grep -qx wasm32-unknown-unknown ||
    { say "adding the wasm32 target"; rustup target add wasm32-unknown-unknown; }
}

# Trunk's own release profile (fat LTO, one codegen unit) makes its compile the longest step of
# a first run; a build tool needs neither, so both are turned off for the tools installed here.
install_tool() {
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 cargo install "$@"
}

ensure_trunk() {
  [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ] ||
    { say "installing trunk $TRUNK_VERSION (the longest step of a first run)"; install_tool trunk --version "$TRUNK_VERSION" --locked; }
}

# The CLI must match the wasm-bindgen crate in Cargo.lock exactly.
ensure_wasm_bindgen() {
  local want
  want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$ROOT/Cargo.lock")
  [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $want" ] &&
    command -v wasm-bindgen-test-runner >/dev/null ||
    { say "installing wasm-bindgen-cli $want"; install_tool wasm-bindgen-cli --version "$want"; }
}

ensure_chromium() {
  [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] ||
    { say "installing Debian chromium and chromedriver";
      as_root apt-get update -qq && as_root apt-get install -y -qq chromium chromium-driver; }
}

# wrk drives the load tests (scripts/bench, scripts/stress); Debian ships it.
ensure_wrk() {
  command -v wrk >/dev/null ||
    { say "installing Debian wrk"; as_root apt-get update -qq && as_root apt-get install -y -qq wrk; }
}

# npm packages of e2e/: Playwright's driver, axe-core, binaryen (wasm-opt) and terser (the JS glue).
ensure_npm_packages() {
  local stamp="$ROOT/e2e/node_modules/.lock-sha256" want
  want=$(sha256sum "$ROOT/e2e/package-lock.json" | cut -d' ' -f1)
  [ "$(cat "$stamp" 2>/dev/null)" = "$want" ] ||
    { say "installing npm packages"; (cd "$ROOT/e2e" && npm ci --no-audit --no-fund) && echo "$want" >"$stamp"; }
}

# Lighthouse, for scripts/bench only: its own package in e2e/bench, so the tests never install it.
ensure_bench_packages() {
  local stamp="$ROOT/e2e/bench/node_modules/.lock-sha256" want
  want=$(sha256sum "$ROOT/e2e/bench/package-lock.json" | cut -d' ' -f1)
  [ "$(cat "$stamp" 2>/dev/null)" = "$want" ] ||
    { say "installing the bench's npm packages (Lighthouse)"; (cd "$ROOT/e2e/bench" && npm ci --no-audit --no-fund) && echo "$want" >"$stamp"; }
}

# OpenSSL's headers and pkg-config: the server's passkeys (webauthn-rs) build on OpenSSL.
ensure_openssl_dev() {
  dpkg -s libssl-dev pkg-config >/dev/null 2>&1 ||
    { say "installing Debian libssl-dev and pkg-config"; as_root apt-get update -qq && as_root apt-get install -y -qq libssl-dev pkg-config; }
}

ensure_build_tools() {
  ensure_openssl_dev
  ensure_wasm_target
  ensure_npm_packages
  ensure_trunk
  ensure_wasm_bindgen
  # Trunk builds offline, so cargo must have every crate already.
  (cd "$ROOT" && cargo fetch --quiet)
}

# The bundles' pages: the HTML files at the root that Trunk builds a binary from (`data-bin`),
# index.html first. jne_core::site lists the same, and a test holds the two together.
bundle_pages() {
  (cd "$ROOT" && echo index.html && grep -l 'data-trunk rel="rust"' ./*.html | sed 's|^\./||' | grep -vx index.html)
}

# index.html carries tracking and is built into dist/; each other bundle is built aside and its
# files joined to dist/, its HTML by its own name.
build_app_release() {
  say "building the app (release): $(bundle_pages | tr '\n' ' ')"
  (cd "$ROOT" &&
    trunk build --release &&
    for html in $(bundle_pages | tail -n +2); do
      page=${html%.html}
      trunk build --release --dist "target/dist-$page" "$html" &&
        cp "target/dist-$page/index.html" "dist/$html" &&
        find "target/dist-$page" -maxdepth 1 -type f ! -name index.html -exec cp {} dist/ \; || exit
    done &&
    build_embed) &&
    finish_dist "$ROOT/dist"
}

# The module other sites embed (jne_core::site::EMBED): built like a bundle, served from
# dist/embed/ under its loader's stable name.
build_embed() {
  trunk build --release --dist target/dist-embed embed/index.html &&
    node "$ROOT/scripts/lib/embed.mjs" target/dist-embed dist
}

# What every Trunk build gets before it is served: the site's frame in each page that has its
# placeholders, the JS glue minified (Trunk's own minifier stops on it), then .br and .gz
# copies of each file.
finish_dist() {
  node "$ROOT/scripts/lib/frames.mjs" "$1" && node "$ROOT/scripts/lib/minify.mjs" "$1" &&
    { [ ! -d "$1/embed" ] || node "$ROOT/scripts/lib/minify.mjs" "$1/embed"; } &&
    node "$ROOT/scripts/lib/compress.mjs" "$1"
}

# PostgreSQL for the server's tests: Debian's package when missing, and a throwaway cluster
# in a temporary folder (initdb + pg_ctl as an unprivileged user, on a free loopback port),
# stopped and removed by stop_test_postgres. Nothing depends on a service already running.
ensure_postgres() {
  compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null ||
    { say "installing Debian postgresql"; as_root apt-get update -qq && as_root apt-get install -y -qq postgresql; }
}

# Sets PG_TEST_DIR and exports JNE_TEST_POSTGRES, the cluster's admin URL.
start_test_postgres() {
  local bin port run_as=()
  bin=$(dirname "$(compgen -G "/usr/lib/postgresql/*/bin/initdb" | sort -V | tail -n 1)")
  PG_TEST_DIR=$(mktemp -d /tmp/jne-pg-XXXXXX)
  # initdb refuses to run as root: the cluster belongs to the postgres user then.
  if [ "$(id -u)" = 0 ]; then chown postgres "$PG_TEST_DIR"; run_as=(runuser -u postgres --); fi
  port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
  "${run_as[@]}" "$bin/initdb" --pgdata="$PG_TEST_DIR/data" --username=jne --auth=trust \
    --encoding=UTF8 --locale=C.UTF-8 >"$PG_TEST_DIR/initdb.log" 2>&1 ||
    { cat "$PG_TEST_DIR/initdb.log"; return 1; }
  # A throwaway cluster: durability on disk is not what its tests are about.
  "${run_as[@]}" "$bin/pg_ctl" --pgdata="$PG_TEST_DIR/data" --log="$PG_TEST_DIR/server.log" --wait \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_TEST_DIR -c fsync=off -c max_connections=400" start >/dev/null ||
    { cat "$PG_TEST_DIR/server.log"; return 1; }
  export JNE_TEST_POSTGRES="postgres://jne@127.0.0.1:$port/postgres"
  PG_TEST_BIN=$bin
  PG_TEST_AS=("${run_as[@]}")
}

stop_test_postgres() {
  [ -n "${PG_TEST_DIR:-}" ] || return 0
  "${PG_TEST_AS[@]}" "$PG_TEST_BIN/pg_ctl" --pgdata="$PG_TEST_DIR/data" --mode=immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_TEST_DIR"
  unset PG_TEST_DIR JNE_TEST_POSTGRES
}
