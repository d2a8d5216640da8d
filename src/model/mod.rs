//! The assessment model: pure Rust, no browser, no UI. Everything a mentor could dispute (a
//! score, a level, the order of next steps) is computed here, from `content/`, and tested natively.

pub mod lang;

mod acronyms;
mod assess;
mod bits;
mod check;
mod code;
mod code_text;
mod cohort;
mod collect;
mod compare;
mod content;
mod csv;
mod csv_read;
mod date;
mod group;
mod hs;
mod markets;
mod number;
mod participants;
mod piecewise;
mod plan;
mod price;
mod price_sheet;
mod qr;
mod response;
mod score;
pub(crate) mod sort;
mod speech;
mod three_way;
mod wording;
mod workshop;

#[cfg(test)]
mod fixture;
// proptest is a dev-dependency of native builds only.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod version_tests;

pub use acronyms::{Acronym, acronyms_in, explain, newly_explained};
pub use assess::{Assessment, FailedGate, LearningGap, assess, learning_gaps};
pub use check::{ContentProblem, Item, Problem, check, check_markets, check_sources};
pub use code::{CodeError, decode_code, encode, link};
pub use code_text::{FoundCode, decode, find_codes, fragment_code};
pub use cohort::{
    CohortComparison, CohortSummary, LevelMovement, MarketFocus, QuestionTally, Stats,
    compare_cohorts, summarize_cohort,
};
pub use collect::{
    CollectProgress, Collected, CollectedItem, CsvCollected, CsvCollector, PROBLEMS_KEPT,
    PasteCollector, PasteProblem, collect, merge,
};
pub use compare::{Comparison, QuestionChange, compare};
pub use content::{ARCHIVE, WORDING_EN, WORDING_ID};
pub use content::{
    Advice, Advised, AnswerOption, Cited, Gate, Level, NextStep, Pair, Pillar, Place, ProductType,
    Question, Questionnaire, Source, Text, Tool, advised, cited, questionnaire, year_and_month,
};
pub use csv::{CsvImport, RowProblem, RowProblemReason, Separator, from_csv, to_csv};
pub use date::Day;
pub use group::{GroupSummarizer, WorkshopGroup, summarize_workshop};
pub use hs::{
    HsCatalog, HsCited, HsHeading, HsProduct, SHOWN_MATCHES, dotted, hs_catalog, hs_cited,
    search_hs,
};
pub use lang::{Lang, LangChoice, choose_lang};
pub use markets::{
    GeneralAdvice, MARKET_COUNT, MAX_CHOSEN_MARKETS, Market, MarketCited, MarketStep, Markets,
    MarketsCited, MetWhen, Preference, Requirement, markets, markets_cited, unmet_requirements,
};
pub use number::{NumberError, format_number, format_typed, parse_number};
pub use participants::{ParticipantRow, SortColumn, next_sorting, participant_rows, sort_rows};
pub use piecewise::Piecewise;
pub use plan::{PlanStep, Step, Strength, action_plan, plan, strengths};
pub use price::{
    CURRENCIES, Cost, Currency, Ladder, Mode, Price, PriceInputs, RATE_DECIMALS, Rung, Term, Terms,
    currency, format_rupiah, ladder,
};
pub use price_sheet::{PriceField, PriceSheet};
pub use qr::{QrMatrix, qr_matrix};
pub use response::{
    Answer, LABEL_MAX_CHARS, Response, applicable_questions, display_order, normalize_label,
};
pub use score::{Exact, PillarScore, Progress, Scores, score};
pub use speech::{Voice, speech_tag, spoken_pieces, voice_for};
pub use three_way::{merge_list, merge_response, merge_workshop};
pub use wording::{Archive, Wording, install_archive, install_wording, wording};
pub use workshop::{
    StoredWorkshop, WORKSHOP_NAME_MAX_CHARS, WORKSHOP_PLACE_MAX_CHARS, Workshop, WorkshopError,
    from_storage, normalize_workshop_text, to_storage,
};
