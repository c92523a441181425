// A partner's shop, as a host page of the embedded module: the files of this folder on their
// own origin (another port), under a strict CSP that allows the jne-server and nothing inline.
// `{{JNE}}` in a page is the jne-server's origin. scripts/run serves it; e2e/tests/embed uses
// it with files of its own (`pages`: path → HTML, or [body, content type]).
// Usage: node examples/shop/serve.mjs --jne http://127.0.0.1:8080 [--port 8081]
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const FILES = {
  '/': ['index.html', 'text/html; charset=utf-8'],
  '/shop.css': ['shop.css', 'text/css; charset=utf-8'],
};

/**
 * The CSP a careful shop sends, and the recipe README gives: the jne-server, no inline code or
 * style, and Trusted Types (no markup text into the page; the module builds its elements).
 */
export function shopPolicy(jne) {
  return `default-src 'none'; script-src ${jne} 'wasm-unsafe-eval'; connect-src ${jne}; `
    + "style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; "
    + "require-trusted-types-for 'script'; trusted-types 'none'";
}

/**
 * Serves the shop for the jne-server at `jne` (an origin, or a function giving it once that
 * server runs); resolves to the shop's origin and a `close()`.
 */
export function serveShop({ jne, port = 0, host = '127.0.0.1', pages = {} }) {
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://shop').pathname;
    const origin = typeof jne === 'function' ? jne() : jne;
    let body;
    let type = 'text/html; charset=utf-8';
    if (path in pages) {
      [body, type = type] = [pages[path]].flat();
    } else if (path in FILES) {
      const [file, fileType] = FILES[path];
      body = readFileSync(new URL(file, import.meta.url), 'utf8');
      type = fileType;
    } else {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': type,
      'content-security-policy': shopPolicy(origin),
      'cache-control': 'no-cache',
    });
    response.end(body.replaceAll('{{JNE}}', origin));
  });
  return new Promise((ok) => server.listen(port, host, () => ok({
    origin: `http://${host}:${server.address().port}`,
    close: () => new Promise((done) => server.close(done)),
  })));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const option = (name, fallback) => {
    const at = process.argv.indexOf(`--${name}`);
    return at > 0 ? process.argv[at + 1] : fallback;
  };
  const shop = await serveShop({ jne: option('jne', 'http://127.0.0.1:8080'), port: Number(option('port', 8081)) });
  console.log(`example shop (a host page of the embedded module) on ${shop.origin}`);
}
