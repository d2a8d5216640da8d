//! Group summaries, the teaching agenda, the target markets, and matching participants between
//! rounds.

use super::*;
use crate::model::fixture::{CRAFT, FIXTURE, FIXTURE_MARKETS, FOOD, respond};

const M: &Markets = &FIXTURE_MARKETS;

/// A response of this product type and answers that chose these markets (`Some([])` is
/// "Belum tahu").
fn wanting(product_type: u8, spec: &str, markets: Option<&[u8]>) -> Response {
    let mut response = respond(Some(product_type), spec);
    response.markets = markets.map(<[u8]>::to_vec);
    response
}

fn labelled(label: &str, product_type: u8, spec: &str) -> Response {
    let mut response = respond(Some(product_type), spec);
    response.set_label(label);
    response
}

/// Overall 49 (Berkembang), 80 capped to Berkembang by P2, and 11 (Perintis).
fn workshop() -> Vec<Response> {
    vec![
        labelled("Toko A", CRAFT, "P1=3 P3=2 M1=1 M2=?"),
        labelled("Bu Sri", FOOD, "P1=3 P2=0 P3=3 P4=3 M1=3 M3=3"),
        labelled("Pak Budi", FOOD, "P1=1 P2=? P3=0 M1=0 M3=1"),
    ]
}

#[test]
fn a_group_gets_means_spread_and_levels_after_gates() {
    let summary = summarize_cohort(&FIXTURE, M, &workshop());
    assert_eq!(summary.count, 3);
    // Overall 49, 80, 11: mean 46.67; deviations 2.33, 33.33, −35.67; variance 2388.67 / 3.
    assert!((summary.overall.mean - 140.0 / 3.0).abs() < 1e-9);
    assert!(
        (summary.overall.std_dev - 28.2174).abs() < 1e-4,
        "√(2388.67 / 3)"
    );
    assert_eq!(
        (
            summary.overall.min,
            summary.overall.max,
            summary.overall.mean_percent(),
            summary.overall.spread_points()
        ),
        (11, 80, 47, 28)
    );
    // Product 67, 67, 11; market 22, 100, 11.
    assert_eq!((summary.pillars[0].min, summary.pillars[0].max), (11, 67));
    assert_eq!((summary.pillars[1].min, summary.pillars[1].max), (11, 100));
    assert_eq!(summary.levels, [1, 2, 0, 0]);
}

#[test]
fn tallies_count_only_the_participants_a_question_applies_to() {
    let summary = summarize_cohort(&FIXTURE, M, &workshop());
    let tally = |id: &str| {
        summary
            .questions
            .iter()
            .find(|t| t.question.id == id)
            .copied()
            .unwrap()
    };
    let p2 = tally("P2");
    assert_eq!(
        (p2.applicable, p2.answered, p2.weak, p2.dont_know),
        (2, 2, 1, 1)
    );
    let p4 = tally("P4");
    assert_eq!(
        (p4.applicable, p4.answered, p4.weak, p4.dont_know),
        (3, 1, 0, 0)
    );
    let m2 = tally("M2");
    assert_eq!(
        (m2.applicable, m2.answered, m2.weak, m2.dont_know),
        (1, 1, 0, 1)
    );
    let order: Vec<_> = summary.questions.iter().map(|t| t.question.id).collect();
    assert_eq!(
        order,
        ["P1", "P2", "P3", "P4", "M1", "M2", "M3"],
        "display order"
    );
}

#[test]
fn the_teaching_agenda_puts_the_most_common_gaps_first() {
    // Needing help: P2 2 and M1 2 (P2 weighs 2 × 60, M1 2 × 40); then P1, P3, M2, M3 once each
    // (2 × 60, 1 × 60, 1 × 40, 1 × 40, the last two in display order). P4 nobody.
    let summary = summarize_cohort(&FIXTURE, M, &workshop());
    let agenda: Vec<_> = summary
        .agenda
        .iter()
        .map(|t| (t.question.id, t.needing_help()))
        .collect();
    assert_eq!(
        agenda,
        [
            ("P2", 2),
            ("M1", 2),
            ("P1", 1),
            ("P3", 1),
            ("M2", 1),
            ("M3", 1)
        ]
    );
}

#[test]
fn an_empty_group_summarises_to_zeros() {
    let summary = summarize_cohort(&FIXTURE, M, &[]);
    assert_eq!(
        (summary.count, summary.overall, summary.levels),
        (0, Stats::default(), vec![0; 4])
    );
    assert!(summary.agenda.is_empty());
    assert_eq!(
        (
            summary.markets,
            summary.markets_undecided,
            summary.market_focus
        ),
        (vec![0; 3], 0, None)
    );
}

#[test]
fn a_retest_matches_participants_by_label_and_counts_moves() {
    let before = workshop();
    let after = vec![
        // Toko A: 49 → craft all best but P4 unanswered: 60 × 9/12 + 40 = 85 (Siap Ekspor).
        labelled("toko  a", CRAFT, "P1=3 P3=3 M1=3 M2=3"),
        labelled("Bu Sri", FOOD, "P1=3 P2=1 P3=3 P4=3 M1=3 M3=3"),
        labelled("Pak Budi", FOOD, "P1=3"),
        labelled("PAK BUDI", FOOD, "P1=3"),
    ];
    let comparison = compare_cohorts(&FIXTURE, M, &before, &after);
    let moves: Vec<_> = comparison
        .movements
        .iter()
        .map(|m| (m.label.as_str(), m.before, m.after))
        .collect();
    assert_eq!(
        moves,
        [("toko a", 1, 3), ("Bu Sri", 1, 1)],
        "Pak Budi is ambiguous in the re-test"
    );
    assert_eq!(
        (
            comparison.moved_up(),
            comparison.stayed(),
            comparison.moved_down()
        ),
        (1, 1, 0)
    );
    // Levels before [1, 2, 0, 0]; after: Toko A 3, Bu Sri 87 capped by P2 to 1, Pak Budi 20
    // twice at 0, so [2, 1, 0, 1].
    assert_eq!(comparison.level_count_changes, [1, -1, 0, 1]);
    let shown = |stats: &Stats| i32::from(stats.mean_percent());
    assert_eq!(
        comparison.overall_mean_change,
        shown(&comparison.after.overall) - shown(&comparison.before.overall)
    );
}

#[test]
fn a_change_is_the_difference_of_the_means_as_shown() {
    let mean = |mean: f64| Stats {
        mean,
        std_dev: 0.0,
        min: 0,
        max: 100,
    };
    // Shown as 46 and 50: the change says 4, although the exact difference (4.9) rounds to 5.
    assert_eq!(shown_change(&mean(45.5), &mean(50.4)), 4);
    assert_eq!(shown_change(&mean(50.4), &mean(45.5)), -4);
    assert_eq!(shown_change(&mean(20.0), &mean(20.49)), 0);
}

#[test]
fn a_group_counts_the_results_made_with_an_older_version() {
    let new = respond(Some(FOOD), "P1=3 P4=2 M1=1");
    let mut old = respond(Some(FOOD), "P1=1 M1=1");
    old.version = 1;
    let summary = summarize_cohort(&FIXTURE, M, &[new, old]);
    assert_eq!((summary.count, summary.older_versions), (2, 1));
    let p4 = summary
        .questions
        .iter()
        .find(|t| t.question.id == "P4")
        .unwrap();
    assert_eq!(
        p4.applicable, 1,
        "P4 came with version 2: the older result was not asked it"
    );
}

#[test]
fn a_group_counts_who_wants_each_market_who_is_undecided_and_who_did_not_say() {
    let group = [
        wanting(FOOD, "P1=3 P3=3", Some(&[1, 0])),
        wanting(CRAFT, "P1=3", Some(&[1])),
        wanting(FOOD, "P1=1", Some(&[])),
        wanting(FOOD, "P1=1", None),
        wanting(FOOD, "P1=0", Some(&[2, 1, 0])),
    ];
    let summary = summarize_cohort(&FIXTURE, M, &group);
    assert_eq!(summary.markets, [2, 3, 1]);
    assert_eq!((summary.markets_undecided, summary.markets_unsaid), (1, 1));
    assert_eq!(
        summary.wanted_markets(),
        [(1, 3), (0, 2), (2, 1)],
        "most wanted first"
    );
}

#[test]
fn the_market_focus_is_the_most_wanted_markets_most_common_unmet_requirement() {
    // bb, chosen by 3: its food certificate is met by the first (P3 = 3) and not by the last;
    // its craft requirement is not met by the craft maker. A tie at 1: file order decides.
    let group = [
        wanting(FOOD, "P1=3 P3=3", Some(&[1, 0])),
        wanting(CRAFT, "P1=3", Some(&[1])),
        wanting(FOOD, "P1=0", Some(&[2, 1, 0])),
    ];
    let focus = summarize_cohort(&FIXTURE, M, &group).market_focus;
    assert_eq!(
        focus,
        Some(MarketFocus {
            market: 1,
            wanted_by: 3,
            requirement: 0,
            unmet_by: 1
        })
    );
    let (market, requirement) = focus.unwrap().step().get(M).unwrap();
    assert_eq!((market.id, requirement.id), ("bb", "bb_certificate"));
}

#[test]
fn the_market_focus_breaks_ties_by_market_position_and_counts_only_mandatory_requirements() {
    // aa and cc are chosen twice each: aa comes first. Neither food maker meets aa's label or
    // registration (aa's expected item is not mandatory): the label comes first in the file.
    let group = [
        wanting(FOOD, "P1=3", Some(&[2, 0])),
        wanting(FOOD, "P1=3", Some(&[0, 2])),
    ];
    let summary = summarize_cohort(&FIXTURE, M, &group);
    assert_eq!(summary.wanted_markets(), [(0, 2), (2, 2)]);
    assert_eq!(
        summary.market_focus,
        Some(MarketFocus {
            market: 0,
            wanted_by: 2,
            requirement: 0,
            unmet_by: 2
        })
    );
}

#[test]
fn the_market_focus_counts_the_requirement_most_participants_lack() {
    // bb: two craft makers lack bb_craft, one food maker lacks bb_certificate.
    let group = [
        wanting(FOOD, "P1=3", Some(&[1])),
        wanting(CRAFT, "P1=3", Some(&[1])),
        wanting(CRAFT, "P1=1", Some(&[1, 2])),
    ];
    let focus = summarize_cohort(&FIXTURE, M, &group).market_focus.unwrap();
    assert_eq!((focus.market, focus.requirement, focus.unmet_by), (1, 1, 2));
}

#[test]
fn there_is_no_market_focus_without_a_chosen_market_or_an_unmet_requirement() {
    let undecided = [
        wanting(FOOD, "P1=3", Some(&[])),
        wanting(FOOD, "P1=3", None),
    ];
    let summary = summarize_cohort(&FIXTURE, M, &undecided);
    assert_eq!(summary.market_focus, None);
    assert!(summary.wanted_markets().is_empty());
    assert_eq!(summarize_cohort(&FIXTURE, M, &[]).market_focus, None);
    // bb is the most wanted and both food makers meet its one food requirement (P3 = 3): no
    // focus, although cc, chosen by one, has requirements unmet.
    let all_met = [
        wanting(FOOD, "P1=3 P3=3", Some(&[1])),
        wanting(FOOD, "P1=3 P3=3", Some(&[1, 2])),
    ];
    assert_eq!(summarize_cohort(&FIXTURE, M, &all_met).market_focus, None);
}

#[test]
fn a_market_named_twice_in_one_response_counts_once_and_an_unknown_one_not_at_all() {
    let group = [wanting(FOOD, "P1=3", Some(&[7, 0, 0]))];
    let summary = summarize_cohort(&FIXTURE, M, &group);
    assert_eq!(summary.markets, [1, 0, 0]);
    assert_eq!(summary.market_focus.map(|f| f.unmet_by), Some(1));
}

#[cfg(not(target_arch = "wasm32"))]
proptest::proptest! {
    #[test]
    fn market_counts_are_the_participants_who_chose_each_market(
        group in proptest::collection::vec(
            (
                proptest::option::of(0u8..2),
                proptest::bool::ANY,
                proptest::option::of(proptest::collection::vec(0u8..4, 0..=3)),
            ),
            0..20,
        ),
    ) {
        let responses: Vec<Response> = group
            .iter()
            .map(|(product_type, p3, markets)| {
                let mut response = respond(*product_type, if *p3 { "P3=3" } else { "P3=0" });
                response.markets = markets.clone();
                response
            })
            .collect();
        let summary = summarize_cohort(&FIXTURE, M, &responses);
        for (position, &count) in summary.markets.iter().enumerate() {
            let choosing = responses
                .iter()
                .filter(|r| r.chosen_markets().contains(&(position as u8)))
                .count();
            proptest::prop_assert_eq!(count as usize, choosing);
        }
        let said = responses.iter().filter(|r| !r.chosen_markets().is_empty()).count();
        proptest::prop_assert_eq!(
            said + (summary.markets_undecided + summary.markets_unsaid) as usize,
            responses.len()
        );
        let total: u32 = summary.markets.iter().sum();
        proptest::prop_assert!(total as usize <= crate::model::MAX_CHOSEN_MARKETS * responses.len());
        if let Some(focus) = summary.market_focus {
            let most = summary.markets.iter().copied().max().unwrap_or(0);
            proptest::prop_assert_eq!(focus.wanted_by, most);
            proptest::prop_assert_eq!(summary.wanted_markets()[0], (focus.market, most));
            proptest::prop_assert!(0 < focus.unmet_by && focus.unmet_by <= focus.wanted_by);
        } else if let Some(&(most_wanted, _)) = summary.wanted_markets().first() {
            let unmet_by_anyone = responses.iter().any(|r| {
                crate::model::unmet_requirements(&FIXTURE, M, r)
                    .iter()
                    .flatten()
                    .any(|step| step.market == most_wanted)
            });
            proptest::prop_assert!(!unmet_by_anyone, "no focus, yet {} is unmet", most_wanted);
        }
    }
}
