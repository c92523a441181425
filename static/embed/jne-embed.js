// The JNE module for other sites' pages: <jne-lacak> (tracking, as /lacak) and
// <jne-policy-notice> (the privacy policy's change notices). A host page writes
//   <script type="module" src="https://<jne-server>/embed/jne-embed.js"></script>
//   <jne-lacak lang="id"></jne-lacak>
// Each element renders into its own shadow root. Requests go only to the jne-server, with no
// cookie and no Referer; nothing is stored but the policy version a visitor acknowledged.
// This loader keeps its name (and a short cache life); scripts/lib/embed.mjs fills in the
// hashed names of what it loads, which never change.

const FILES = { glue: '@GLUE@', wasm: '@WASM@', css: '@CSS@' };
const QUIET = { credentials: 'omit', referrerPolicy: 'no-referrer', mode: 'cors' };
const HERE = import.meta.url;

// Shown in place of the element when its files cannot be loaded: the jne-server does not
// list this page's origin (--embed-origin), or cannot be reached.
const UNAVAILABLE = {
  id: ['Pelacakan JNE tidak dapat dimuat di halaman ini.', 'Lacak kiriman di situs JNE'],
  en: ['JNE tracking could not be loaded on this page.', "Track your parcel on JNE's site"],
};
const LOADING = { id: 'Memuat pelacakan JNE…', en: 'Loading JNE tracking…' };
// Those two lines come before (or without) the module's stylesheet: the host's CSS must not
// restyle them either. (The colours are app.css's ink and navy.)
const NOTE_CSS = ':host{display:block}.embed-note,.embed-note a{all:initial;font:medium/1.5 system-ui,sans-serif;'
  + 'color:#1a1a1a}.embed-note{display:block;margin:0 0 1em}.embed-note a{color:#0b3b7a;text-decoration:underline;cursor:pointer}'
  + '.embed-note a:focus-visible{outline:3px solid #ffbf47}';
let noteSheet;

let started;

/** The module's code and stylesheet, loaded once for every element of the page. */
function start() {
  started ??= (async () => {
    const file = (name) => new URL(name, HERE);
    const [glue, css] = await Promise.all([
      import(file(FILES.glue)),
      fetch(file(FILES.css), QUIET).then((answer) => {
        if (!answer.ok) throw new Error(`jne-embed: ${answer.status} for the stylesheet`);
        return answer.text();
      }),
    ]);
    await glue.default({ module_or_path: fetch(file(FILES.wasm), QUIET) });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return { glue, sheet };
  })();
  return started;
}

/** `api` when it is an http(s) origin, else the origin this loader came from. */
function server(api) {
  try {
    const url = new URL(api ?? HERE);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.origin;
  } catch {}
  return new URL(HERE).origin;
}

const language = (element) => (/^en\b/i.test(element.getAttribute('lang') ?? '') ? 'en' : 'id');

function paragraph(text, className) {
  const p = document.createElement('p');
  p.className = className;
  p.textContent = text;
  return p;
}

class JneElement extends HTMLElement {
  static observedAttributes = ['lang', 'awb'];

  connectedCallback() {
    if (this.mounted || this.starting) return;
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const site = server(this.getAttribute('api'));
    const lang = language(this);
    if (!noteSheet) {
      noteSheet = new CSSStyleSheet();
      noteSheet.replaceSync(NOTE_CSS);
    }
    root.adoptedStyleSheets = [noteSheet];
    root.replaceChildren(paragraph(LOADING[lang], 'embed-note'));
    this.starting = start().then(({ glue, sheet }) => {
      this.starting = null;
      if (!this.isConnected) return;
      root.adoptedStyleSheets = [sheet];
      const target = document.createElement('div');
      target.className = 'jne-root';
      root.replaceChildren(target);
      this.mounted = glue.mount(this, root, target, site);
    }, (error) => {
      this.starting = null;
      console.warn('jne-embed: not loaded; is this origin one of the server\'s --embed-origin?', error);
      const [message, link] = UNAVAILABLE[language(this)];
      const a = document.createElement('a');
      a.href = `${site}/lacak${language(this) === 'en' ? '?lang=en' : ''}`;
      a.textContent = link;
      const p = paragraph(message + ' ', 'embed-note');
      p.setAttribute('role', 'status');
      p.append(a);
      root.replaceChildren(p);
    });
  }

  attributeChangedCallback() {
    this.mounted?.update();
  }

  disconnectedCallback() {
    this.mounted?.unmount();
    this.mounted?.free();
    this.mounted = null;
  }
}

customElements.define('jne-lacak', class extends JneElement {});
customElements.define('jne-policy-notice', class extends JneElement {});
