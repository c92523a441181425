//! The privacy policy in headless Chromium, where no API server runs: the pages say the policy
//! cannot be loaded, visiting stores nothing, and the notices (fed a version list directly)
//! show, link and store only the acknowledged version id.

mod support;

use std::rc::Rc;
use std::time::Duration;

use jne_core::policy::{VersionInfo, VersionList, VersionStatus};
use jne_web::components::policy_notices::PolicyNotices;
use jne_web::hooks::use_fetch::Load;
use jne_web::hooks::use_policy::{store_acknowledged, PolicyContext, ACK_KEY};
use jne_web::router::BrowserRouter;
use support::mount_at;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

fn storage() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage")
}

fn version(id: &str, status: VersionStatus) -> VersionInfo {
    VersionInfo {
        id: id.to_owned(),
        effective: id.to_owned(),
        sample: false,
        summary_id: String::new(),
        summary_en: String::new(),
        status,
        translated: false,
    }
}

fn list(future: bool) -> Rc<VersionList> {
    let mut versions = vec![
        version("2025-01-01", VersionStatus::Current),
        version("2022-06-01", VersionStatus::Past),
    ];
    if future {
        versions.insert(0, version("2027-03-01", VersionStatus::Future));
    }
    Rc::new(VersionList {
        today: "2026-11-25".into(),
        current: Some("2025-01-01".into()),
        versions,
    })
}

#[derive(Properties, PartialEq)]
struct HarnessProps {
    list: Rc<VersionList>,
}

/// The notices with a version list given directly, acknowledging as the app does.
#[function_component(Harness)]
fn harness(props: &HarnessProps) -> Html {
    let acknowledged = use_state(|| storage().get_item(ACK_KEY).ok().flatten());
    let acknowledge = {
        let acknowledged = acknowledged.clone();
        Callback::from(move |id: String| {
            store_acknowledged(&id);
            acknowledged.set(Some(id));
        })
    };
    let context = PolicyContext {
        versions: Load::Ready(props.list.clone()),
        retry: Callback::noop(),
        acknowledged: (*acknowledged).clone(),
        acknowledge,
    };
    html! {
        <BrowserRouter>
            <ContextProvider<PolicyContext> {context}>
                <PolicyNotices />
                <main id="main" tabindex="-1"><h1>{ "page" }</h1></main>
            </ContextProvider<PolicyContext>>
        </BrowserRouter>
    }
}

struct Harnessed {
    root: web_sys::Element,
    handle: Option<yew::AppHandle<Harness>>,
}

impl Harnessed {
    async fn mount(list: Rc<VersionList>) -> Harnessed {
        let document = support::document();
        let root = document.create_element("div").expect("div");
        document
            .body()
            .expect("body")
            .append_child(&root)
            .expect("append");
        let handle =
            yew::Renderer::<Harness>::with_root_and_props(root.clone(), HarnessProps { list })
                .render();
        yew::platform::time::sleep(Duration::from_millis(50)).await;
        Harnessed {
            root,
            handle: Some(handle),
        }
    }

    fn all(&self, selector: &str) -> u32 {
        self.root
            .query_selector_all(selector)
            .map(|l| l.length())
            .unwrap_or(0)
    }

    fn text(&self) -> String {
        self.root.text_content().unwrap_or_default()
    }

    fn click(&self, selector: &str) {
        self.root
            .query_selector(selector)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            .unwrap_or_else(|| panic!("nothing matches {selector}"))
            .click();
    }
}

impl Drop for Harnessed {
    fn drop(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
        self.root.remove();
    }
}

#[wasm_bindgen_test]
async fn without_the_api_the_policy_page_says_so_and_visiting_stores_nothing() {
    storage().clear().expect("clear");
    let page = mount_at("/privasi").await;
    page.wait_for("the failure message", |p| p.query("[role=alert]").is_some())
        .await;
    assert!(page.text("[role=alert]").contains("tidak dapat dimuat"));
    assert!(
        page.query("[role=alert] button").is_some(),
        "a retry button"
    );
    assert!(page.query(".policy-notice").is_none());
    assert_eq!(storage().length().ok(), Some(0));
}

#[wasm_bindgen_test]
async fn no_acknowledgement_means_no_banner_about_the_past() {
    storage().clear().expect("clear");
    let notices = Harnessed::mount(list(false)).await;
    assert_eq!(notices.all(".policy-notice"), 0);
    assert_eq!(storage().length().ok(), Some(0));
}

#[wasm_bindgen_test]
async fn an_older_acknowledgement_shows_the_banner_until_understood() {
    storage().clear().expect("clear");
    storage().set_item(ACK_KEY, "2022-06-01").expect("set");
    let notices = Harnessed::mount(list(false)).await;
    assert_eq!(notices.all("aside.policy-notice"), 1);
    assert!(notices.text().contains("Kebijakan privasi telah berubah"));
    let link = notices
        .root
        .query_selector("aside.policy-notice a")
        .ok()
        .flatten()
        .and_then(|a| a.get_attribute("href"));
    assert_eq!(
        link.as_deref(),
        Some("/privasi/bandingkan?dari=2022-06-01&ke=2025-01-01")
    );
    notices.click("aside.policy-notice button");
    yew::platform::time::sleep(Duration::from_millis(50)).await;
    assert_eq!(notices.all("aside.policy-notice"), 0);
    assert_eq!(storage().length().ok(), Some(1), "one key, nothing else");
    assert_eq!(
        storage().get_item(ACK_KEY).ok().flatten().as_deref(),
        Some("2025-01-01")
    );
    storage().clear().expect("clear");
}

#[wasm_bindgen_test]
async fn a_future_version_is_announced_to_everyone_with_its_date() {
    storage().clear().expect("clear");
    let notices = Harnessed::mount(list(true)).await;
    assert_eq!(notices.all("aside.policy-notice-upcoming"), 1);
    assert!(notices
        .text()
        .contains("Kebijakan privasi berubah pada 1 Mar 2027."));
    assert_eq!(
        storage().length().ok(),
        Some(0),
        "announcing stores nothing"
    );
    notices.click("aside.policy-notice-upcoming button");
    yew::platform::time::sleep(Duration::from_millis(50)).await;
    assert_eq!(notices.all(".policy-notice"), 0);
    assert_eq!(
        storage().get_item(ACK_KEY).ok().flatten().as_deref(),
        Some("2027-03-01")
    );
    storage().clear().expect("clear");
}
