//! "My data and your rights": the copy of everything held (a JSON download, and this page
//! printed), the addresses the account had, and every request the member made with when it
//! was done (or, if it were not yet, by when the law says it must be).

use jne_core::jlc::Member;
use jne_core::lang::format_datetime;
use yew::prelude::*;

use crate::api;
use crate::hooks::use_locale::use_locale;
use crate::i18n::rights::rights_texts;

#[derive(Properties, PartialEq)]
pub struct MyDataProps {
    pub member: Box<Member>,
    /// The member page asks the server again (the download is recorded as a request).
    pub on_refresh: Callback<()>,
}

#[function_component(MyData)]
pub fn my_data(props: &MyDataProps) -> Html {
    let locale = use_locale();
    let lang = locale.lang;
    let r = rights_texts(lang);
    let member = &props.member;
    let when = |time: &str| format_datetime(time, lang);
    let on_download = {
        let on_refresh = props.on_refresh.clone();
        // The browser downloads on its own; the list of requests is asked again a moment later.
        Callback::from(move |_: MouseEvent| {
            let on_refresh = on_refresh.clone();
            gloo_timers::callback::Timeout::new(1_000, move || on_refresh.emit(())).forget();
        })
    };
    let on_print = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    html! {
        <section aria-labelledby="my-data-title" class="my-data">
            <h2 id="my-data-title">{ r.copy_title }</h2>
            <div class="actions no-print">
                <a class="button" href={api::jlc::EXPORT} download="" onclick={on_download}>{ r.download }</a>
                <button type="button" class="button button-secondary" onclick={on_print}>{ r.print }</button>
            </div>
            <p class="hint no-print">{ r.download_note }</p>
            if !member.past_emails.is_empty() {
                <h3>{ r.past_emails_title }</h3>
                <ul class="plain-list">
                    { for member.past_emails.iter().map(|e| html! {
                        <li>{ (r.past_email)(&e.masked, &when(&e.until)) }</li>
                    }) }
                </ul>
            }
            <h3>{ r.requests_title }</h3>
            if member.requests.is_empty() {
                <p>{ r.requests_none }</p>
            } else {
                <ul class="plain-list requests">
                    { for member.requests.iter().map(|q| html! {
                        <li>
                            <strong>{ (r.kind)(q.kind) }</strong>{ ": " }
                            { match &q.done {
                                Some(done) => (r.made_done)(&when(&q.made), &when(done)),
                                None => (r.made_due)(&when(&q.made), &when(&q.answer_by)),
                            } }
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}
