//! "Data saya" (`/jlc/data-saya`), its own bundle: every field held about the member, a copy
//! of it all, corrections, consents, the requests made, and closing the account.

use crate::router::*;
use yew::prelude::*;

use super::close_account::CloseAccount;
use super::consents::Consents;
use super::correction::Correction;
use super::held_data::HeldData;
use super::my_data::MyData;
use super::signed_in::{other_view, use_signed_in, View};
use crate::hooks::{use_locale::use_locale, use_title::use_title};
use crate::i18n::rights::rights_texts;
use crate::route::Route;

#[function_component(DataPage)]
pub fn data_page() -> Html {
    let lang = use_locale().lang;
    let r = rights_texts(lang);
    use_title(r.title);
    let signed_in = use_signed_in();
    let view = signed_in.view.clone();
    let body = match &*view {
        View::Member(member) => {
            let on_member = signed_in.on_member();
            let on_closed = {
                let (view, date) = (view.clone(), member.anonymised_if_closed_on.clone());
                Callback::from(move |()| view.set(View::Closed(date.clone())))
            };
            html! {
                <>
                    <p class="no-print"><Link<Route> to={Route::JlcAccount}>{ r.back }</Link<Route>></p>
                    <p>{ r.intro }</p>
                    <HeldData member={member.clone()} />
                    <MyData member={member.clone()} on_refresh={signed_in.on_refresh()} />
                    <Correction member={member.clone()} on_member={on_member.clone()} />
                    <Consents member={member.clone()} {on_member} />
                    <CloseAccount member={member.clone()} {on_closed} />
                </>
            }
        }
        other => other_view(other),
    };
    html! {
        <section aria-labelledby="page-title" class="narrow">
            <h1 id="page-title">{ r.title }</h1>
            { body }
        </section>
    }
}
