//! The tracking page (`/` and `/lacak`): no account, nothing stored, only the numbers leave
//! the browser. A link with numbers in its fragment (`/lacak#0166231900105595`) tracks them
//! (`link`: the fragment also keeps the language).

mod form;
mod history;
mod link;
mod results;
mod share;
mod shipment;
pub mod state;
mod summary;

use gloo_timers::callback::Timeout;
use jne_core::awb::{parse_many, ParsedList};
use jne_core::share::Shared;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use self::form::{TrackForm, FIELD_ID};
use self::results::Results;
use self::state::{Row, TrackAction, TrackState, TIME_LIMIT_MS};
use crate::api;
use crate::components::error_summary::{ErrorEntry, ErrorSummary};
use crate::hooks::use_embedding::{use_embedding, Embedding};
use crate::hooks::{use_locale::use_locale, use_title::use_title};
use crate::i18n::TrackTexts;
use crate::takeover;

/// How long a search still waiting for its answer leaves the address alone.
const ADDRESS_WAIT_MS: u32 = 300;

#[derive(Properties, PartialEq)]
pub struct TrackPageProps {
    /// Embedded (`crate::embed`): the numbers of the element's `awb`, tracked at once, in place
    /// of a shared link's fragment.
    #[prop_or_default]
    pub awb: Option<AttrValue>,
}

#[function_component(TrackPage)]
pub fn track_page(props: &TrackPageProps) -> Html {
    let locale = use_locale();
    let t = locale.texts();
    use_title(t.track_title);
    // Embedded in another site's page, the address, the title and the page's frame are the
    // host's: nothing is taken from them or kept in them.
    let embedding = use_embedding();
    let state = use_reducer(TrackState::default);
    // What was typed in the frame's skeleton before the app started is kept (`takeover`).
    let embedded = embedding.is_some();
    let input = use_state(|| match embedded {
        true => String::new(),
        false => takeover::typed(FIELD_ID),
    });
    let parsed = use_state(|| None::<ParsedList>);

    let search = {
        let (state, parsed, embedding) = (state.clone(), parsed.clone(), embedding.clone());
        Callback::from(move |text: String| {
            // The button is busy while a search is under way: a second tap sends nothing.
            if state.loading() {
                return;
            }
            let list = parse_many(&text);
            let rows: Vec<Row> = list
                .valid
                .iter()
                .zip(&list.typed)
                .map(|(awb, typed)| Row::asked(awb.as_str().to_owned(), typed.clone()))
                .collect();
            let awbs: Vec<String> = rows.iter().map(|row| row.awb.clone()).collect();
            parsed.set(Some(list));
            if awbs.is_empty() {
                state.dispatch(TrackAction::Clear);
                return;
            }
            let search = state.search.wrapping_add(1);
            state.dispatch(TrackAction::Search(rows));
            ask(state.clone(), search, awbs, embedding.clone());
        })
    };
    let on_retry = {
        let (state, embedding) = (state.clone(), embedding.clone());
        Callback::from(move |awbs: Vec<String>| {
            if awbs.is_empty() || state.loading() {
                return;
            }
            state.dispatch(TrackAction::Retry(awbs.clone()));
            ask(state.clone(), state.search, awbs, embedding.clone());
        })
    };
    // Opening a shared link tracks the numbers in its fragment, one a line in the field,
    // unless something was typed before the app started: that is newer, and stays.
    // Embedded, the element's `awb` does, again whenever the host page changes it.
    {
        let (input, search) = (input.clone(), search.clone());
        use_effect_with(props.awb.clone(), move |awb| {
            let numbers = match awb {
                Some(awb) => awb.to_string(),
                None if embedded => String::new(),
                None => {
                    takeover::restore_focus(FIELD_ID);
                    link::shared().lines()
                }
            };
            if !numbers.is_empty() && (input.is_empty() || awb.is_some()) {
                input.set(numbers.clone());
                search.emit(numbers);
            }
        });
    }
    // The address keeps the numbers tracked and the language, so it can be copied, shared
    // or reloaded as it is. Changing it takes the browser milliseconds (it lays the page out
    // again): that waits until the answer is shown, or a slow answer's first moments, so it
    // never delays an answer.
    let fragment = {
        let typed: Vec<&str> = state.rows.iter().map(|row| row.typed.as_str()).collect();
        Shared::fragment(&typed, locale.lang)
    };
    let shown = !state.rows.is_empty() && !state.loading();
    use_effect_with(
        (fragment.clone(), state.loading(), shown),
        move |(fragment, loading, shown)| {
            // Answers shown: at once, as the frame lays the page out anyway (a test or a
            // visitor reading the address then finds it). Otherwise in a later task, so
            // neither the first render nor an answer waits for it; a newer address cancels
            // one still waiting (the timer is dropped with the effect).
            let fragment = fragment.clone();
            let wait = if *loading { ADDRESS_WAIT_MS } else { 0 };
            let timer = match (embedded, *shown) {
                (true, _) => None,
                (false, true) => {
                    link::keep_in_address(&fragment);
                    None
                }
                (false, false) => {
                    Some(Timeout::new(wait, move || link::keep_in_address(&fragment)))
                }
            };
            move || drop(timer)
        },
    );

    let on_input = {
        let input = input.clone();
        Callback::from(move |text: String| input.set(text))
    };
    let on_submit = {
        let (input, search) = (input.clone(), search.clone());
        Callback::from(move |()| search.emit((*input).clone()))
    };
    let errors = parsed
        .as_ref()
        .map(|list| messages(list, &t.track))
        .unwrap_or_default();
    let notes = parsed
        .as_ref()
        .filter(|list| list.duplicates > 0)
        .map(|list| (t.track.duplicates)(list.duplicates));
    let share_link = link::share_link(&fragment, embedding.as_ref());
    // Embedded, the host page has its own first heading.
    let heading = if embedded { "h2" } else { "h1" };
    html! {
        <section aria-labelledby="page-title">
            // `elementtiming`: scripts/bench reads when this heading is first painted.
            <@{heading} id="page-title" elementtiming="first-render">{ t.track_title }</@>
            <p class="lead">{ t.track_intro }</p>
            <ErrorSummary title={t.track.error_summary_title} errors={errors.iter().map(|message| ErrorEntry {
                field_id: FIELD_ID, message: message.clone() }).collect::<Vec<_>>()} />
            <TrackForm value={(*input).clone()} {on_input} {on_submit} errors={errors}
                busy={state.loading()} />
            if let Some(note) = notes { <p class="note">{ note }</p> }
            <Results state={(*state).clone()} {share_link} {on_retry} />
        </section>
    }
}

/// Asks the server and files the answer under search number `search`; past the time limit
/// the numbers still waiting are marked timed out (a later answer still replaces that).
fn ask(
    state: UseReducerHandle<TrackState>,
    search: u32,
    awbs: Vec<String>,
    embedding: Option<Embedding>,
) {
    let limit = {
        let (state, awbs) = (state.clone(), awbs.clone());
        Timeout::new(TIME_LIMIT_MS, move || {
            state.dispatch(TrackAction::TimedOut { search, awbs });
        })
    };
    spawn_local(async move {
        let answer = api::track(awbs.clone()).await;
        // Dropping the timer cancels it, so it cannot mark a later retry of these numbers.
        drop(limit);
        match answer {
            Ok(answer) => {
                if let Some(embedding) = &embedding {
                    crate::embed::announce(embedding, &answer.results);
                }
                state.dispatch(TrackAction::Answered {
                    search,
                    results: answer.results,
                })
            }
            Err(error) => state.dispatch(TrackAction::Failed {
                search,
                awbs,
                failure: error.into(),
            }),
        }
    });
}

/// Every problem with what was typed, each bad number by itself; the good ones still go.
fn messages(list: &ParsedList, t: &TrackTexts) -> Vec<String> {
    let mut messages: Vec<String> = list
        .invalid
        .iter()
        .map(|bad| (t.bad_token)(&bad.token, &bad.error))
        .collect();
    if let Some(too_many) = list.too_many {
        messages.push((t.too_many)(too_many.over));
    }
    if list.valid.is_empty() && list.invalid.is_empty() {
        messages.push(t.nothing_typed.to_owned());
    }
    messages
}
