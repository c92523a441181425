//! One heading, with the app's `elementtiming` name and the same `jne:first-render` mark the app
//! sets, for the bench to compare.

use yew::prelude::*;

#[function_component(Hello)]
fn hello() -> Html {
    use_effect_with((), |_| {
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let _ = performance.mark("jne:first-render");
        }
    });
    html! { <h1 elementtiming="first-render">{ "Halo, JNE" }</h1> }
}

fn main() {
    yew::Renderer::<Hello>::new().render();
}
