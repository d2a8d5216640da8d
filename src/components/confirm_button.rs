//! A button for a step that cannot be undone lightly, asking first in the page itself.

use leptos::prelude::*;

use crate::components::tr;

/// Shows `label`; pressed, it turns into `question` with "yes" and "cancel", so nothing is lost
/// by a slip of the thumb. An inline question rather than `window.confirm`, which some embedded
/// pages block.
/// The texts are closures such as [`tr`]'s, of one type, so each app gets one copy of this.
#[component]
pub fn ConfirmButton<T>(
    /// The action, as the button says it.
    label: T,
    /// The question asked before acting.
    question: T,
    /// The "yes" button's text.
    confirm: T,
    /// Whether the action destroys something (drawn in warning colours).
    #[prop(optional)]
    danger: bool,
    /// Does it.
    #[prop(into)]
    on_confirm: Callback<()>,
) -> impl IntoView
where
    T: Fn() -> &'static str + Copy + Send + Sync + 'static,
{
    let (asking, set_asking) = signal(false);
    let class = if danger {
        "sm-button sm-button--danger"
    } else {
        "sm-button"
    };
    // One closure with an if/else rather than `<Show>`, for a smaller WebAssembly.
    let body = move || {
        if asking.get() {
            view! {
                <div class="sm-confirm__ask" role="group" aria-label=label>
                    <p class="sm-confirm__question">{question}</p>
                    <div class="sm-confirm__buttons">
                        <button
                            type="button"
                            class=if danger {
                                "sm-button sm-button--danger-solid"
                            } else {
                                "sm-button sm-button--primary"
                            }
                            on:click=move |_| {
                                set_asking.set(false);
                                on_confirm.run(());
                            }
                        >
                            {confirm}
                        </button>
                        <button type="button" class="sm-button" on:click=move |_| set_asking.set(false)>
                            {tr(|t| t.cancel)}
                        </button>
                    </div>
                </div>
            }
            .into_any()
        } else {
            view! {
                <button type="button" class=class on:click=move |_| set_asking.set(true)>
                    {label}
                </button>
            }
            .into_any()
        }
    };
    view! { <div class="sm-confirm">{body}</div> }
}
