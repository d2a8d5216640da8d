//! Where the owner is in the app, kept in the link's fragment so the phone's back button, a
//! reload and a shared link all land on the same screen. Pure: parsed and written here, read
//! from and pushed to the browser by `app.rs`.

use crate::model::{Questionnaire, Response, Tool, applicable_questions, fragment_code};

/// A screen of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The welcome screen (an empty or unknown fragment).
    Welcome,
    /// The first question: what kind of product the business makes.
    ProductType,
    /// A question, by its index in the questionnaire (file order).
    Question(usize),
    /// The owner's own result.
    Results,
    /// Someone's result opened from a shared link: the fragment text after `r=`, undecoded.
    Shared(String),
    /// What is stored where, and deleting it.
    Privacy,
    /// The export price ladder.
    Price,
    /// Finding the HS code from plain words.
    HsCode,
}

impl Route {
    /// Reads a fragment such as `#/q/M3` or `#r=CODE`; anything unknown is the welcome screen.
    pub fn parse(q: &Questionnaire, fragment: &str) -> Route {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        if let Some(code) = fragment_code(q, fragment) {
            return Route::Shared(code.to_owned());
        }
        match fragment.trim_end_matches('/') {
            "/jenis" => Route::ProductType,
            "/hasil" => Route::Results,
            "/privasi" => Route::Privacy,
            "/harga" => Route::Price,
            "/kode-hs" => Route::HsCode,
            path => path
                .strip_prefix("/q/")
                .and_then(|id| q.question_index(id))
                .map_or(Route::Welcome, Route::Question),
        }
    }

    /// The fragment that leads here, `#` included.
    pub fn fragment(&self, q: &Questionnaire) -> String {
        match self {
            Route::Welcome => "#/".to_owned(),
            Route::ProductType => "#/jenis".to_owned(),
            Route::Question(index) => format!("#/q/{}", q.questions[*index].id),
            Route::Results => "#/hasil".to_owned(),
            Route::Shared(code) => format!("#r={code}"),
            Route::Privacy => "#/privasi".to_owned(),
            Route::Price => "#/harga".to_owned(),
            Route::HsCode => "#/kode-hs".to_owned(),
        }
    }
}

impl From<Tool> for Route {
    fn from(tool: Tool) -> Route {
        match tool {
            Tool::Price => Route::Price,
            Tool::HsCode => Route::HsCode,
        }
    }
}

/// Where a question sits in the owner's questionnaire, for "Pemasaran · 3 dari 7".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    /// 1-based position among the questions of its pillar that apply.
    pub in_pillar: usize,
    /// How many questions of its pillar apply.
    pub pillar_total: usize,
    /// 1-based position among all questions that apply.
    pub overall: usize,
    /// How many questions apply in all.
    pub overall_total: usize,
}

/// The questions this owner faces, in the order they see them (file-order indices).
fn sequence(q: &Questionnaire, response: &Response) -> Vec<usize> {
    applicable_questions(q, response)
        .map(|(index, _)| index)
        .collect()
}

/// Where the question at `index` sits for this owner; `None` if it does not apply to them.
pub fn place(q: &Questionnaire, response: &Response, index: usize) -> Option<Place> {
    let sequence = sequence(q, response);
    let overall = sequence.iter().position(|&i| i == index)?;
    let pillar = q.questions[index].pillar;
    let same_pillar: Vec<usize> = sequence
        .iter()
        .copied()
        .filter(|&i| q.questions[i].pillar == pillar)
        .collect();
    Some(Place {
        in_pillar: same_pillar.iter().position(|&i| i == index)? + 1,
        pillar_total: same_pillar.len(),
        overall: overall + 1,
        overall_total: sequence.len(),
    })
}

/// Where to continue: the product type if not chosen, else the first unanswered question,
/// else the result.
pub fn resume(q: &Questionnaire, response: &Response) -> Route {
    if response.product_type.is_none() {
        return Route::ProductType;
    }
    sequence(q, response)
        .into_iter()
        .find(|&i| response.answer(i).is_none())
        .map_or(Route::Results, Route::Question)
}

/// The screen after the question at `index`: the next question that applies, or the result.
pub fn after(q: &Questionnaire, response: &Response, index: usize) -> Route {
    let sequence = sequence(q, response);
    let next = sequence.iter().position(|&i| i == index).map(|at| at + 1);
    next.and_then(|at| sequence.get(at).copied())
        .map_or(Route::Results, Route::Question)
}

/// The screen before the question at `index`: the previous question, or the product type.
pub fn before(q: &Questionnaire, response: &Response, index: usize) -> Route {
    let sequence = sequence(q, response);
    let at = sequence.iter().position(|&i| i == index).unwrap_or(0);
    at.checked_sub(1).map_or(Route::ProductType, |previous| {
        Route::Question(sequence[previous])
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Answer, encode, questionnaire};

    fn food_business() -> Response {
        let q = questionnaire();
        let mut response = Response::new(q);
        response.product_type = q.product_type_index("food");
        response
    }

    fn craft_business() -> Response {
        let q = questionnaire();
        let mut response = Response::new(q);
        response.product_type = q.product_type_index("craft");
        response
    }

    #[test]
    fn empty_and_unknown_fragments_are_the_welcome_screen() {
        let q = questionnaire();
        for fragment in ["", "#", "#/", "#/nowhere", "#/q/ZZ9", "#r="] {
            assert_eq!(Route::parse(q, fragment), Route::Welcome, "{fragment}");
        }
    }

    #[test]
    fn every_route_round_trips_through_its_fragment() {
        let q = questionnaire();
        let mut routes = vec![
            Route::Welcome,
            Route::ProductType,
            Route::Results,
            Route::Privacy,
            Route::Price,
            Route::HsCode,
        ];
        routes.extend((0..q.questions.len()).map(Route::Question));
        routes.push(Route::Shared("AbC-_09".to_owned()));
        for route in routes {
            assert_eq!(Route::parse(q, &route.fragment(q)), route);
        }
    }

    #[test]
    fn question_is_found_by_its_id() {
        let q = questionnaire();
        let m3 = q.question_index("M3").unwrap();
        assert_eq!(Route::parse(q, "#/q/M3"), Route::Question(m3));
        assert_eq!(Route::parse(q, "#/q/M3/"), Route::Question(m3));
    }

    #[test]
    fn shared_code_is_found_among_other_parameters() {
        let q = questionnaire();
        assert_eq!(
            Route::parse(q, "#w=Batik%20Mei&r=XYZ"),
            Route::Shared("XYZ".to_owned())
        );
    }

    #[test]
    fn a_code_ends_where_its_characters_end_and_each_r_parameter_is_tried() {
        let q = questionnaire();
        let mut response = food_business();
        response.set_answer(q, "P1", Some(Answer::Choice(1)));
        let code = encode(q, &response);
        let shared = Route::Shared(code.clone());
        for tail in [
            "%F0%9F%98%80",
            "\u{1F600}",
            "%E2%80%9D",
            "%20",
            "”",
            ".",
            ")",
        ] {
            assert_eq!(
                Route::parse(q, &format!("#r={code}{tail}")),
                shared,
                "{tail}"
            );
        }
        assert_eq!(Route::parse(q, &format!("#r=&r={code}")), shared);
        assert_eq!(Route::parse(q, &format!("#r=BROKEN&r={code}%20")), shared);
        assert_eq!(
            Route::parse(q, "#r=BROKEN&r=ALSO"),
            Route::Shared("BROKEN".to_owned()),
            "none opens: the first is shown with its reason"
        );
    }

    #[test]
    fn resume_asks_the_product_type_first() {
        let q = questionnaire();
        assert_eq!(resume(q, &Response::new(q)), Route::ProductType);
    }

    #[test]
    fn resume_goes_to_the_first_unanswered_question() {
        let q = questionnaire();
        let mut response = food_business();
        assert_eq!(
            resume(q, &response),
            Route::Question(q.question_index("P1").unwrap())
        );
        response.set_answer(q, "P1", Some(Answer::Choice(0)));
        response.set_answer(q, "P3", Some(Answer::DontKnow));
        assert_eq!(
            resume(q, &response),
            Route::Question(q.question_index("P2").unwrap())
        );
    }

    #[test]
    fn resume_after_every_answer_is_the_result() {
        let q = questionnaire();
        let mut response = craft_business();
        let asked: Vec<usize> = applicable_questions(q, &response).map(|(i, _)| i).collect();
        for index in asked {
            response.answers[index] = Some(Answer::DontKnow);
        }
        assert_eq!(resume(q, &response), Route::Results);
    }

    #[test]
    fn craft_business_steps_over_the_food_permit() {
        let q = questionnaire();
        let p1 = q.question_index("P1").unwrap();
        let p2 = q.question_index("P2").unwrap();
        let p4 = q.question_index("P4").unwrap();
        assert_eq!(after(q, &food_business(), p1), Route::Question(p2));
        // P2 (food permit) and P3 (halal) do not apply to craft.
        assert_eq!(after(q, &craft_business(), p1), Route::Question(p4));
        assert_eq!(before(q, &craft_business(), p4), Route::Question(p1));
        assert_eq!(place(q, &craft_business(), p2), None);
    }

    #[test]
    fn first_question_goes_back_to_product_type_and_last_goes_to_results() {
        let q = questionnaire();
        let response = food_business();
        let order: Vec<usize> = applicable_questions(q, &response).map(|(i, _)| i).collect();
        assert_eq!(before(q, &response, order[0]), Route::ProductType);
        assert_eq!(after(q, &response, *order.last().unwrap()), Route::Results);
    }

    #[test]
    fn place_counts_within_the_pillar_and_overall() {
        // Version 2 asks food 7 product, 8 marketing, 6 capital and 7 digital questions, and a
        // craft not made of wood 5 product ones; M9 (export price) is asked where M3 was.
        let q = questionnaire();
        let m9 = q.question_index("M9").unwrap();
        let food = place(q, &food_business(), m9).unwrap();
        assert_eq!((food.in_pillar, food.pillar_total), (3, 8));
        assert_eq!((food.overall, food.overall_total), (10, 28));
        let craft = place(q, &craft_business(), m9).unwrap();
        assert_eq!((craft.overall, craft.overall_total), (8, 26));
        let m3 = q.question_index("M3").unwrap();
        assert_eq!(
            place(q, &food_business(), m3),
            None,
            "retired after version 1"
        );
    }
}
