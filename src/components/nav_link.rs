//! A link to a route that marks itself `aria-current="page"` when it is where the visitor is.
//!
//! yew-router's `Link` cannot carry `aria-current`, which screen readers use to say "current page".

use crate::router::*;
use yew::prelude::*;

use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct NavLinkProps {
    pub to: Route,
    #[prop_or_default]
    pub current: bool,
    #[prop_or_default]
    pub class: Classes,
    pub children: Html,
}

#[function_component(NavLink)]
pub fn nav_link(props: &NavLinkProps) -> Html {
    let loaded = props.to.is_loaded();
    // A page of the other bundle is a page load, which the browser does by itself.
    let navigator = use_navigator().filter(|_| loaded);
    let lang = crate::hooks::use_locale::use_locale().lang;
    let mut href = props.to.to_path();
    if !loaded && lang == jne_core::lang::Lang::En {
        href.push_str("?lang=en");
    }
    let onclick = {
        let to = props.to.clone();
        Callback::from(move |event: MouseEvent| {
            // Let the browser open new tabs and windows as usual.
            if event.ctrl_key() || event.meta_key() || event.shift_key() || event.button() != 0 {
                return;
            }
            if let Some(navigator) = &navigator {
                event.prevent_default();
                navigator.push(&to);
            }
        })
    };
    html! {
        <a {href} class={props.class.clone()}
           aria-current={props.current.then_some("page")} {onclick}>
            { props.children.clone() }
        </a>
    }
}
