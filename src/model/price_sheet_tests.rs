//! The price form's fields, and keeping a calculation on the phone.

use super::*;
use crate::model::price::ladder;

#[test]
fn fields_read_the_languages_habits_and_say_what_is_wrong() {
    assert_eq!(
        PriceField::CostPerUnit.read("1.500.000", Lang::Id),
        Ok(Some(150_000_000))
    );
    assert_eq!(PriceField::Margin.read("12,5", Lang::Id), Ok(Some(1_250)));
    assert_eq!(PriceField::Margin.read("12.5", Lang::En), Ok(Some(1_250)));
    assert_eq!(PriceField::Quantity.read("200", Lang::En), Ok(Some(200)));
    assert_eq!(
        PriceField::Rate.read("16.250", Lang::Id),
        Ok(Some(162_500_000))
    );
    assert_eq!(PriceField::Freight.read("", Lang::Id), Ok(None), "optional");
    assert_eq!(
        PriceField::CostPerUnit.read("", Lang::Id),
        Err(NumberError::Empty)
    );
    assert_eq!(
        PriceField::Quantity.read("0", Lang::Id),
        Err(NumberError::Zero)
    );
    assert_eq!(
        PriceField::Quantity.read("2,5", Lang::Id),
        Ok(Some(3)),
        "rounded to a unit"
    );
    assert_eq!(
        PriceField::Packing.read("-1", Lang::Id),
        Err(NumberError::Negative)
    );
    assert_eq!(
        PriceField::Margin.read("5000", Lang::Id),
        Err(NumberError::TooLarge)
    );
    assert_eq!(
        PriceField::ToPort.read("dua juta", Lang::Id),
        Err(NumberError::NotANumber)
    );
}

#[test]
fn the_ladder_needs_the_cost_the_margin_and_the_quantity() {
    let mut sheet = PriceSheet::default();
    sheet.set(PriceField::CostPerUnit, Some(15_000_000));
    sheet.set(PriceField::Margin, Some(2_500));
    assert_eq!(sheet.inputs(), None);
    sheet.set(PriceField::Quantity, Some(200));
    let inputs = sheet.inputs().unwrap();
    assert_eq!(
        (inputs.packing, inputs.freight, inputs.buyer_currency),
        (0, None, None)
    );
    assert!(ladder(&inputs).rungs[1].price.is_some());
}

#[test]
fn a_kept_calculation_reads_back_and_a_damaged_one_keeps_what_is_whole() {
    let mut sheet = PriceSheet::default();
    for (field, value) in PriceField::ALL.into_iter().zip(1u64..) {
        sheet.set(field, Some(value * 1000));
    }
    sheet.mode = Mode::SeaBulk;
    sheet.terms = Terms::Sea;
    sheet.currency = currency("JPY").unwrap();
    sheet.rate_date = Some("2026-12-02".to_owned());
    sheet.in_report = true;
    assert_eq!(PriceSheet::from_storage(&sheet.to_storage()), sheet);

    let damaged = "cost=15000000;margin=abc;quantity=200;mode=rocket;currency=XYZ;date=kemarin;zzz";
    let read = PriceSheet::from_storage(damaged);
    assert_eq!(read.value(PriceField::CostPerUnit), Some(15_000_000));
    assert_eq!(read.value(PriceField::Margin), None);
    assert_eq!(read.value(PriceField::Quantity), Some(200));
    assert_eq!(
        (read.mode, read.currency, read.rate_date),
        (Mode::Air, CURRENCIES[0], None)
    );
}
