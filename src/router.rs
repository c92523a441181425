//! The router: the address bar's path and query as context, links that change them with the
//! History API (`pushState`, `popstate`), and no page load in between.
//!
//! It does what the app used of yew-router, under the same names (`BrowserRouter`, `Link`,
//! `use_route`, `use_navigator`, `use_location`), for about a tenth of its bytes (issue 7).
//! Routes are an enum implementing [`Routable`] (`crate::route::Route`).

use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::UrlSearchParams;
use yew::prelude::*;

/// Addresses of the site: each value has one path, and every path has a value (the not-found
/// page for those the site does not have).
pub trait Routable: Clone + PartialEq + 'static {
    fn to_path(&self) -> String;
    /// The route of `path`; one trailing slash does not matter (`/lacak/` is `/lacak`).
    fn recognize(path: &str) -> Self;
    /// Whether this app shows the route; a link to one it does not is a page load.
    fn is_loaded(&self) -> bool {
        true
    }
}

/// A query string's typed form (`?dari=…&ke=…`).
pub trait Query: Default {
    /// `name=value` pairs; a `None` field is left out.
    fn to_pairs(&self) -> Vec<(&'static str, String)>;
    fn from_params(params: &UrlSearchParams) -> Self;
}

impl Query for () {
    fn to_pairs(&self) -> Vec<(&'static str, String)> {
        Vec::new()
    }

    fn from_params(_: &UrlSearchParams) -> Self {}
}

/// Where the visitor is: the path and the query string (without `?`).
#[derive(Clone, Debug, PartialEq)]
pub struct Location {
    pub path: String,
    pub search: String,
}

impl Location {
    fn current() -> Location {
        let location = web_sys::window().map(|w| w.location());
        let read = |part: fn(&web_sys::Location) -> Result<String, JsValue>| {
            location
                .as_ref()
                .and_then(|l| part(l).ok())
                .unwrap_or_default()
        };
        Location {
            path: read(web_sys::Location::pathname),
            search: read(web_sys::Location::search)
                .trim_start_matches('?')
                .to_owned(),
        }
    }

    /// The query read as `Q` (missing names are `None`).
    pub fn query<Q: Query>(&self) -> Q {
        UrlSearchParams::new_with_str(&self.search)
            .map(|params| Q::from_params(&params))
            .unwrap_or_default()
    }
}

/// `path?name=value&…`, values encoded.
pub fn href<Q: Query>(path: &str, query: Option<&Q>) -> String {
    let mut href = path.to_owned();
    for (index, (name, value)) in query
        .map(Q::to_pairs)
        .unwrap_or_default()
        .iter()
        .enumerate()
    {
        href.push(if index == 0 { '?' } else { '&' });
        href.push_str(name);
        href.push('=');
        href.push_str(&String::from(js_sys::encode_uri_component(value)));
    }
    href
}

/// Moves to another address of the site without loading a page.
#[derive(Clone, PartialEq)]
pub struct Navigator {
    /// Tells the router the address changed.
    changed: Callback<()>,
}

impl Navigator {
    pub fn push<R: Routable>(&self, route: &R) {
        self.go_to(route, &route.to_path(), false);
    }

    /// Without a new history entry: Back skips the address being left.
    pub fn replace<R: Routable>(&self, route: &R) {
        self.go_to(route, &route.to_path(), true);
    }

    fn go_to<R: Routable>(&self, route: &R, href: &str, replace: bool) {
        if route.is_loaded() {
            self.go(href, replace);
        } else if let Some(window) = web_sys::window() {
            // The page's language is the one chosen here (the app keeps `<html lang>` to it).
            let lang = window
                .document()
                .and_then(|d| d.document_element())
                .and_then(|html| html.get_attribute("lang"));
            let mut href = href.to_owned();
            if lang.as_deref() == Some(jne_core::lang::Lang::En.tag()) {
                in_english(&mut href);
            }
            let location = window.location();
            let _ = if replace {
                location.replace(&href)
            } else {
                location.assign(&href)
            };
        }
    }

    pub fn push_with_query<R: Routable, Q: Query>(&self, route: &R, query: &Q) {
        self.go_to(route, &href(&route.to_path(), Some(query)), false);
    }

    /// Goes to `href` (a path of this site, with its query).
    pub fn go(&self, href: &str, replace: bool) {
        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = if replace {
                history.replace_state_with_url(&JsValue::NULL, "", Some(href))
            } else {
                history.push_state_with_url(&JsValue::NULL, "", Some(href))
            };
        }
        self.changed.emit(());
    }
}

#[derive(Clone, PartialEq)]
struct RouterContext {
    location: Rc<Location>,
    navigator: Navigator,
}

#[derive(Properties, PartialEq)]
pub struct BrowserRouterProps {
    pub children: Html,
}

/// Provides the location to everything inside; follows Back and Forward (`popstate`).
#[function_component(BrowserRouter)]
pub fn browser_router(props: &BrowserRouterProps) -> Html {
    let location = use_state(|| Rc::new(Location::current()));
    let changed = {
        let location = location.clone();
        use_memo((), move |_| {
            Callback::from(move |()| location.set(Rc::new(Location::current())))
        })
    };
    {
        let changed = (*changed).clone();
        use_effect_with((), move |_| {
            let listener = Closure::<dyn Fn()>::new(move || changed.emit(()));
            let window = web_sys::window();
            if let Some(window) = &window {
                let _ = window.add_event_listener_with_callback(
                    "popstate",
                    listener.as_ref().unchecked_ref(),
                );
            }
            move || {
                if let Some(window) = window {
                    let _ = window.remove_event_listener_with_callback(
                        "popstate",
                        listener.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }
    let context = RouterContext {
        location: (*location).clone(),
        navigator: Navigator {
            changed: (*changed).clone(),
        },
    };
    html! {
        <ContextProvider<RouterContext> {context}>
            { props.children.clone() }
        </ContextProvider<RouterContext>>
    }
}

/// The route being shown; `None` outside a router.
#[hook]
pub fn use_route<R: Routable>() -> Option<R> {
    use_location().map(|location| R::recognize(&location.path))
}

#[hook]
pub fn use_location() -> Option<Rc<Location>> {
    use_context::<RouterContext>().map(|context| context.location)
}

#[hook]
pub fn use_navigator() -> Option<Navigator> {
    use_context::<RouterContext>().map(|context| context.navigator)
}

#[derive(Properties, PartialEq)]
pub struct LinkProps<R: Routable, Q: Query + PartialEq + 'static = ()> {
    #[prop_or_default]
    pub classes: Classes,
    pub to: R,
    #[prop_or_default]
    pub query: Option<Q>,
    #[prop_or_default]
    pub children: Html,
}

/// `<a href>` to a route that changes the page without loading one; with Ctrl, Shift, Alt or
/// Meta held, the browser opens it as usual (new tab, new window, download).
#[component]
pub fn Link<R: Routable, Q: Query + PartialEq + 'static = ()>(props: &LinkProps<R, Q>) -> Html {
    let navigator = use_navigator();
    let lang = crate::hooks::use_locale::use_locale().lang;
    let embedding = crate::hooks::use_embedding::use_embedding();
    let mut href = href(&props.to.to_path(), props.query.as_ref());
    let navigator = if props.to.is_loaded() && embedding.is_none() {
        navigator
    } else {
        // A page of another bundle, or of the jne-server from inside another site's page: the
        // browser loads it, in the language chosen here.
        if lang == jne_core::lang::Lang::En {
            in_english(&mut href);
        }
        if let Some(embedding) = &embedding {
            href = embedding.link(&href);
        }
        None
    };
    anchor(
        href,
        props.classes.clone(),
        props.children.clone(),
        navigator,
    )
}

/// `href` of another bundle, asked in English (`?lang=en`, which the server answers with the
/// page's English frame).
fn in_english(href: &mut String) {
    href.push(if href.contains('?') { '&' } else { '?' });
    href.push_str("lang=en");
}

/// The part of every link that does not depend on its types (one copy in the bundle).
fn anchor(href: String, class: Classes, children: Html, navigator: Option<Navigator>) -> Html {
    let onclick = {
        let href = href.clone();
        Callback::from(move |event: MouseEvent| {
            if event.meta_key() || event.ctrl_key() || event.shift_key() || event.alt_key() {
                return;
            }
            if let Some(navigator) = &navigator {
                event.prevent_default();
                navigator.go(&href, false);
            }
        })
    };
    html! { <a {class} {href} {onclick}>{ children }</a> }
}
