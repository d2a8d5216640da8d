//! Tells the mentor that saved workshops or results could not be read and were set aside.

use leptos::prelude::*;

use crate::components::tr;
use crate::mentor::state::MentorState;

/// A polite status message with a close button while anything was set aside at start-up.
#[component]
pub fn UnreadableNotice() -> impl IntoView {
    let state = MentorState::get();
    move || {
        let count = state.unreadable.get();
        (count > 0).then(|| {
            let text = state.m().mentor_unreadable.replace("{count}", &count.to_string());
            view! {
                <div class="sm-notice" role="status">
                    <p class="sm-notice__text">{text}</p>
                    <button type="button" class="sm-notice__close" on:click=move |_| state.unreadable.set(0)>
                        {tr(|t| t.dismiss)}
                    </button>
                </div>
            }
        })
    }
}
