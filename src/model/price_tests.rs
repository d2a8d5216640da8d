//! The export price ladder (amounts in sen: Rp1 is 100): a worked order, the terms that fit
//! each mode, and properties that hold for any costs.

use super::*;

/// A batik maker's order of 200 pieces by air: HPP Rp150.000, margin 25 %, packing Rp400.000,
/// to the airport Rp250.000, fees Rp750.000, freight Rp6.000.000, insurance Rp180.000,
/// delivery Rp1.200.000; US$ at Rp16.250.
fn batik_by_air() -> PriceInputs {
    PriceInputs {
        cost_per_unit: 15_000_000,
        margin: 2500,
        quantity: 200,
        packing: 40_000_000,
        to_port: 25_000_000,
        handling: 75_000_000,
        freight: Some(600_000_000),
        insurance: Some(18_000_000),
        delivery: Some(120_000_000),
        mode: Mode::Air,
        terms: Terms::AnyMode,
        buyer_currency: Some((currency("USD").unwrap(), 162_500_000)),
    }
}

fn per_unit(ladder: &Ladder) -> Vec<Option<u64>> {
    ladder
        .rungs
        .iter()
        .map(|r| r.price.map(|p| p.per_unit))
        .collect()
}

#[test]
fn a_worked_order_climbs_the_ladder() {
    let ladder = ladder(&batik_by_air());
    let terms: Vec<&str> = ladder.rungs.iter().map(|r| r.term.code()).collect();
    assert_eq!(terms, ["EXW", "FCA", "CPT", "CIP", "DAP"]);
    // EXW: 150.000 × 1,25 + 400.000 / 200 = 187.500 + 2.000.
    // FCA: + (250.000 + 750.000) / 200 = + 5.000. CPT: + 30.000. CIP: + 900. DAP: + 6.000.
    assert_eq!(
        per_unit(&ladder),
        [
            Some(189_500),
            Some(194_500),
            Some(224_500),
            Some(225_400),
            Some(231_400)
        ]
    );
    let exw = ladder.rungs[0].price.unwrap();
    assert_eq!(exw.per_order, 189_500 * 200);
    // US$: 189.500 ÷ 16.250 = 11,6615… → 11,67 up.
    assert_eq!(exw.buyer, Some((1_167, 1_167 * 200)));
    assert!(!ladder.sea_terms_off_sea);
}

#[test]
fn sea_terms_are_offered_for_bulk_and_warned_about_off_the_sea() {
    assert_eq!(Mode::SeaBulk.suited_terms(), Terms::Sea);
    assert_eq!(Mode::SeaContainer.suited_terms(), Terms::AnyMode);
    let mut inputs = batik_by_air();
    inputs.terms = Terms::Sea;
    let ladder = ladder(&inputs);
    let terms: Vec<&str> = ladder.rungs.iter().map(|r| r.term.code()).collect();
    assert_eq!(terms, ["EXW", "FOB", "CFR", "CIF", "DAP"]);
    assert!(ladder.sea_terms_off_sea, "FOB for air cargo");
    inputs.mode = Mode::SeaBulk;
    assert!(!super::ladder(&inputs).sea_terms_off_sea);
}

#[test]
fn a_cost_not_given_leaves_the_terms_that_need_it_without_a_price() {
    let mut inputs = batik_by_air();
    inputs.insurance = None;
    // DAP without insurance: CPT + delivery (6.000 per unit).
    assert_eq!(per_unit(&ladder(&inputs))[3..], [None, Some(230_500)]);
    inputs.freight = None;
    assert_eq!(per_unit(&ladder(&inputs))[2..], [None, None, None]);
    inputs.buyer_currency = None;
    assert_eq!(ladder(&inputs).rungs[0].price.unwrap().buyer, None);
}

#[test]
fn yen_have_no_decimals() {
    let mut inputs = batik_by_air();
    // Rp105,5 per yen: 189.500 ÷ 105,5 = 1.796,2… → ¥1.797.
    inputs.buyer_currency = Some((currency("JPY").unwrap(), 1_055_000));
    assert_eq!(
        ladder(&inputs).rungs[0].price.unwrap().buyer,
        Some((1_797, 1_797 * 200))
    );
}

// proptest is a dev-dependency of native builds only.
#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn any_inputs() -> impl Strategy<Value = PriceInputs> {
        let amount = || 0u64..10_000_000_000;
        (
            (
                amount(),
                0u64..100_000,
                1u64..100_000,
                amount(),
                amount(),
                amount(),
            ),
            proptest::option::of(amount()),
            proptest::option::of(amount()),
            proptest::option::of(amount()),
            proptest::sample::select(Mode::ALL.to_vec()),
            any::<bool>(),
            proptest::option::of((
                proptest::sample::select(CURRENCIES.to_vec()),
                1u64..1_000_000_000,
            )),
        )
            .prop_map(
                |(
                    (cost, margin, quantity, packing, to_port, handling),
                    freight,
                    insurance,
                    delivery,
                    mode,
                    sea,
                    buyer,
                )| PriceInputs {
                    cost_per_unit: cost,
                    margin,
                    quantity,
                    packing,
                    to_port,
                    handling,
                    freight,
                    insurance,
                    delivery,
                    mode,
                    terms: if sea { Terms::Sea } else { Terms::AnyMode },
                    buyer_currency: buyer,
                },
            )
    }

    /// The exact cost per order in sen, for comparison, from the inputs' fields.
    fn exact_exw_sen(inputs: &PriceInputs) -> u128 {
        let goods = u128::from(inputs.cost_per_unit) * u128::from(inputs.quantity);
        // Margin in hundredths of a percent.
        (goods * (10_000 + u128::from(inputs.margin))).div_ceil(10_000) + u128::from(inputs.packing)
    }

    proptest! {
        #[test]
        fn each_rung_is_at_least_the_one_before(inputs in any_inputs()) {
            let ladder = ladder(&inputs);
            let prices: Vec<Price> = ladder.rungs.iter().filter_map(|r| r.price).collect();
            prop_assert!(ladder.rungs[..2].iter().all(|r| r.price.is_some()), "EXW and FCA/FOB always have a price");
            for pair in prices.windows(2) {
                prop_assert!(pair[0].per_unit <= pair[1].per_unit);
                prop_assert!(pair[0].per_order <= pair[1].per_order);
                if let (Some(a), Some(b)) = (pair[0].buyer, pair[1].buyer) {
                    prop_assert!(a.0 <= b.0 && a.1 <= b.1);
                }
            }
            // A rung has a price exactly when the costs it includes were given.
            let given = [true, true, inputs.freight.is_some(), inputs.freight.is_some() && inputs.insurance.is_some(), inputs.freight.is_some() && inputs.delivery.is_some()];
            for (rung, given) in ladder.rungs.iter().zip(given) {
                prop_assert_eq!(rung.price.is_some(), given);
            }
        }

        #[test]
        fn the_order_is_the_unit_times_the_quantity_and_covers_the_costs(inputs in any_inputs()) {
            let exw = ladder(&inputs).rungs[0].price.unwrap();
            prop_assert_eq!(exw.per_order, exw.per_unit * inputs.quantity);
            if let Some((unit, order)) = exw.buyer {
                prop_assert_eq!(order, unit * inputs.quantity);
            }
            // Never below the exact costs, and less than one rupiah per unit above them.
            let exact = exact_exw_sen(&inputs);
            let order_sen = u128::from(exw.per_order) * 100;
            prop_assert!(order_sen + 1 >= exact, "{} < {}", order_sen, exact);
            prop_assert!(order_sen < exact + 100 * u128::from(inputs.quantity) + 1);
        }

        #[test]
        fn fixed_costs_spread_over_more_units(inputs in any_inputs(), more in 1u64..1000) {
            let mut bigger = inputs;
            bigger.quantity = inputs.quantity + more;
            let unit = |i: &PriceInputs| ladder(i).rungs[1].price.unwrap().per_unit;
            // The same fixed costs over more units: a unit never costs more.
            prop_assert!(unit(&bigger) <= unit(&inputs));
        }
    }
}

#[test]
fn prices_are_written_the_languages_way() {
    let usd = currency("USD").unwrap();
    assert_eq!(usd.format(123_456, Lang::Id), "US$1.234,56");
    assert_eq!(usd.format(123_456, Lang::En), "US$1,234.56");
    assert_eq!(currency("JPY").unwrap().format(1_797, Lang::En), "¥1,797");
    assert_eq!(format_rupiah(1_500_000, Lang::Id), "Rp1.500.000");
    assert_eq!(format_rupiah(1_500_000, Lang::En), "Rp1,500,000");
}
