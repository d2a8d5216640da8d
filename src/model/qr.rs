//! QR codes (ISO/IEC 18004), encoded here rather than by a crate, whose general encoder would
//! weigh on every owner's download. Only what a result link needs: byte mode, error correction level M, versions 1 to 10.
//! The steps follow Project Nayuki's reference generator.

/// The largest version encoded: 57×57 modules, 213 bytes at level M, room for any result link.
const MAX_VERSION: usize = 10;

/// Error correction codewords in each block at level M, by version − 1.
const ECC_PER_BLOCK: [usize; MAX_VERSION] = [10, 16, 26, 18, 24, 16, 18, 22, 22, 26];

/// Error correction blocks at level M, by version − 1.
const BLOCKS: [usize; MAX_VERSION] = [1, 1, 1, 2, 2, 4, 4, 4, 5, 5];

/// Centres of the alignment patterns along each axis, by version − 1 (ISO/IEC 18004 annex E).
const ALIGNMENT: [&[usize]; MAX_VERSION] = [
    &[],
    &[6, 18],
    &[6, 22],
    &[6, 26],
    &[6, 30],
    &[6, 34],
    &[6, 22, 38],
    &[6, 24, 42],
    &[6, 26, 46],
    &[6, 28, 50],
];

/// A QR code's modules, without the quiet zone a scanner also needs around them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrMatrix {
    /// Modules per side: 4 × version + 17.
    pub size: usize,
    /// Whether each module is dark, row by row from the top left.
    pub dark: Vec<bool>,
}

impl QrMatrix {
    /// Whether the module in column `x` of row `y` is dark.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        self.dark[y * self.size + x]
    }
}

/// The QR code of `data` in byte mode at error correction level M, in the smallest version that
/// holds it, with the mask of lowest penalty. `None` if `data` is longer than 213 bytes.
pub fn qr_matrix(data: &[u8]) -> Option<QrMatrix> {
    let version = (1..=MAX_VERSION).find(|&v| data.len() <= byte_capacity(v))?;
    let grid = unmasked(data, version);
    (0..8).map(|mask| grid.masked(mask)).min_by_key(penalty)
}

/// The code of `data` in `version` before masking: function patterns and placed codewords.
fn unmasked(data: &[u8], version: usize) -> Grid {
    let mut grid = Grid::with_function_patterns(version);
    grid.place(&interleave(&data_codewords(data, version), version));
    grid
}

/// Modules that carry codewords (data and error correction) rather than patterns.
fn raw_data_modules(version: usize) -> usize {
    let mut modules = (16 * version + 128) * version + 64;
    if version >= 2 {
        let aligns = version / 7 + 2;
        modules -= (25 * aligns - 10) * aligns - 55;
        if version >= 7 {
            // The two 6×3 version information blocks.
            modules -= 36;
        }
    }
    modules
}

/// Data codewords (before error correction) that `version` holds at level M.
fn data_capacity(version: usize) -> usize {
    raw_data_modules(version) / 8 - ECC_PER_BLOCK[version - 1] * BLOCKS[version - 1]
}

/// Bits of the byte-mode character count: versions 10 and up hold more than 255 bytes.
fn count_bits(version: usize) -> usize {
    if version <= 9 { 8 } else { 16 }
}

/// The most bytes `version` holds in byte mode at level M, after the 4-bit mode and the count.
fn byte_capacity(version: usize) -> usize {
    (data_capacity(version) * 8 - 4 - count_bits(version)) / 8
}

/// A growing sequence of bits, most significant first.
#[derive(Default)]
struct Bits(Vec<bool>);

impl Bits {
    /// Appends the low `count` bits of `value`.
    fn push(&mut self, value: usize, count: usize) {
        self.0.extend((0..count).rev().map(|i| value >> i & 1 == 1));
    }
}

/// The data codewords: mode, count, bytes, terminator, then the alternating pad bytes that fill
/// the version's capacity.
fn data_codewords(data: &[u8], version: usize) -> Vec<u8> {
    let capacity_bits = data_capacity(version) * 8;
    let mut bits = Bits::default();
    bits.push(0b0100, 4);
    bits.push(data.len(), count_bits(version));
    for &byte in data {
        bits.push(byte.into(), 8);
    }
    bits.push(0, 4.min(capacity_bits - bits.0.len()));
    bits.push(0, (8 - bits.0.len() % 8) % 8);
    let mut codewords: Vec<u8> = bits
        .0
        .chunks(8)
        .map(|byte| byte.iter().fold(0, |acc, &bit| acc << 1 | u8::from(bit)))
        .collect();
    let pad = [0xEC, 0x11].into_iter().cycle();
    codewords.extend(pad.take(data_capacity(version) - codewords.len()));
    codewords
}

/// The product of `a` and `b` in GF(2⁸) modulo x⁸ + x⁴ + x³ + x² + 1 (0x11D).
fn gf_mul(a: u8, b: u8) -> u8 {
    (0..8).rev().fold(0u8, |product, i| {
        let doubled = product << 1 ^ if product & 0x80 != 0 { 0x1D } else { 0 };
        doubled ^ if b >> i & 1 == 1 { a } else { 0 }
    })
}

/// The Reed–Solomon generator polynomial of `degree`, highest term first without its leading 1:
/// the product of (x − αⁱ) for i below `degree`, with α = 2.
fn rs_divisor(degree: usize) -> Vec<u8> {
    let mut divisor = vec![0; degree];
    divisor[degree - 1] = 1;
    let mut root = 1;
    for _ in 0..degree {
        for j in 0..degree {
            divisor[j] = gf_mul(divisor[j], root);
            if j + 1 < degree {
                divisor[j] ^= divisor[j + 1];
            }
        }
        root = gf_mul(root, 2);
    }
    divisor
}

/// The error correction codewords of `block`: the remainder of its division by `divisor`.
fn rs_remainder(block: &[u8], divisor: &[u8]) -> Vec<u8> {
    let mut remainder = vec![0; divisor.len()];
    for &byte in block {
        let factor = byte ^ remainder.remove(0);
        remainder.push(0);
        for (r, &d) in remainder.iter_mut().zip(divisor) {
            *r ^= gf_mul(d, factor);
        }
    }
    remainder
}

/// All codewords in placement order: the data split into blocks (the later ones one codeword
/// longer when it does not divide evenly), each followed by its error correction, then read
/// column by column across blocks so a smudge spreads its damage over several blocks.
fn interleave(data: &[u8], version: usize) -> Vec<u8> {
    let (blocks, ecc) = (BLOCKS[version - 1], ECC_PER_BLOCK[version - 1]);
    let raw = raw_data_modules(version) / 8;
    let short_blocks = blocks - raw % blocks;
    let short_data = raw / blocks - ecc;
    let divisor = rs_divisor(ecc);
    let mut rest = data;
    let mut padded: Vec<Vec<u8>> = Vec::with_capacity(blocks);
    for i in 0..blocks {
        let (block, after) = rest.split_at(short_data + usize::from(i >= short_blocks));
        rest = after;
        let mut codewords = block.to_vec();
        // A placeholder lines short blocks up with long ones; it is skipped when reading.
        if i < short_blocks {
            codewords.push(0);
        }
        codewords.extend(rs_remainder(block, &divisor));
        padded.push(codewords);
    }
    (0..short_data + 1 + ecc)
        .flat_map(|i| (0..blocks).map(move |j| (i, j)))
        .filter(|&(i, j)| i != short_data || j >= short_blocks)
        .map(|(i, j)| padded[j][i])
        .collect()
}

/// A code under construction: its modules and which of them belong to function patterns, which
/// masking leaves alone.
#[derive(Clone)]
struct Grid {
    size: usize,
    dark: Vec<bool>,
    function: Vec<bool>,
}

impl Grid {
    /// An empty code of `version` with finders, separators, timing and alignment patterns,
    /// version information, the dark module and room reserved for format information.
    fn with_function_patterns(version: usize) -> Self {
        let size = 4 * version + 17;
        let mut grid = Self {
            size,
            dark: vec![false; size * size],
            function: vec![false; size * size],
        };
        for i in 0..size {
            grid.set(6, i, i % 2 == 0);
            grid.set(i, 6, i % 2 == 0);
        }
        for (x, y) in [(3, 3), (size - 4, 3), (3, size - 4)] {
            grid.draw_finder(x, y);
        }
        let centres = ALIGNMENT[version - 1];
        for &x in centres {
            for &y in centres {
                // Alignment patterns would overlap the finders in three corners.
                if ![(6, 6), (6, size - 7), (size - 7, 6)].contains(&(x, y)) {
                    grid.draw_alignment(x, y);
                }
            }
        }
        grid.draw_format(0);
        grid.draw_version(version);
        grid
    }

    /// Sets the module at column `x`, row `y` and marks it as part of a function pattern.
    fn set(&mut self, x: usize, y: usize, dark: bool) {
        self.dark[y * self.size + x] = dark;
        self.function[y * self.size + x] = true;
    }

    /// A 7×7 finder centred on (`x`, `y`) with its light separator, clipped at the edges.
    fn draw_finder(&mut self, x: usize, y: usize) {
        for dy in -4..=4isize {
            for dx in -4..=4isize {
                let (Some(xx), Some(yy)) = (x.checked_add_signed(dx), y.checked_add_signed(dy))
                else {
                    continue;
                };
                if xx < self.size && yy < self.size {
                    let ring = dx.abs().max(dy.abs());
                    self.set(xx, yy, ring != 2 && ring != 4);
                }
            }
        }
    }

    /// A 5×5 alignment pattern centred on (`x`, `y`).
    fn draw_alignment(&mut self, x: usize, y: usize) {
        for dy in 0..5usize {
            for dx in 0..5usize {
                let ring = dx.abs_diff(2).max(dy.abs_diff(2));
                self.set(x + dx - 2, y + dy - 2, ring != 1);
            }
        }
    }

    /// Both copies of the 15 format bits for level M and `mask`, protected by a BCH code, and
    /// the dark module beside the lower copy.
    fn draw_format(&mut self, mask: usize) {
        // Level M is 0b00, so the five data bits are just the mask number.
        let bits = bch(mask, 10, 0x537) ^ 0x5412;
        let bit = |i: usize| bits >> i & 1 == 1;
        for i in 0..6 {
            self.set(8, i, bit(i));
        }
        self.set(8, 7, bit(6));
        self.set(8, 8, bit(7));
        self.set(7, 8, bit(8));
        for i in 9..15 {
            self.set(14 - i, 8, bit(i));
        }
        let size = self.size;
        for i in 0..8 {
            self.set(size - 1 - i, 8, bit(i));
        }
        for i in 8..15 {
            self.set(8, size - 15 + i, bit(i));
        }
        self.set(8, size - 8, true);
    }

    /// The two 6×3 blocks of version information that versions 7 and up carry.
    fn draw_version(&mut self, version: usize) {
        if version < 7 {
            return;
        }
        let bits = bch(version, 12, 0x1F25);
        for i in 0..18 {
            let (a, b) = (self.size - 11 + i % 3, i / 3);
            self.set(a, b, bits >> i & 1 == 1);
            self.set(b, a, bits >> i & 1 == 1);
        }
    }

    /// Places the codewords' bits in the zigzag of two-module columns from the bottom right,
    /// upwards then downwards, skipping function modules and the vertical timing column.
    fn place(&mut self, codewords: &[u8]) {
        let size = self.size;
        let mut bits = codewords
            .iter()
            .flat_map(|&c| (0..8).rev().map(move |i| c >> i & 1 == 1));
        let mut right = size - 1;
        while right >= 1 {
            if right == 6 {
                right = 5;
            }
            let upward = (right + 1) & 2 == 0;
            for vert in 0..size {
                let y = if upward { size - 1 - vert } else { vert };
                for x in [right, right - 1] {
                    if !self.function[y * size + x] {
                        // Remainder bits past the last codeword stay light.
                        self.dark[y * size + x] = bits.next().unwrap_or(false);
                    }
                }
            }
            right = right.saturating_sub(2);
        }
    }

    /// The finished code under `mask`: data modules flipped where the mask's condition holds,
    /// and the format bits naming the mask.
    fn masked(&self, mask: usize) -> QrMatrix {
        let mut grid = self.clone();
        for y in 0..self.size {
            for x in 0..self.size {
                let i = y * self.size + x;
                grid.dark[i] ^= !self.function[i] && mask_flips(mask, x, y);
            }
        }
        grid.draw_format(mask);
        QrMatrix {
            size: self.size,
            dark: grid.dark,
        }
    }
}

/// `value` followed by its `check_bits` BCH check bits under generator `generator`.
fn bch(value: usize, check_bits: usize, generator: usize) -> usize {
    let remainder = (0..check_bits).fold(value, |rem, _| {
        (rem << 1) ^ ((rem >> (check_bits - 1)) * generator)
    });
    value << check_bits | remainder
}

/// Whether mask pattern `mask` flips the module at column `x`, row `y`.
fn mask_flips(mask: usize, x: usize, y: usize) -> bool {
    match mask {
        0 => (x + y).is_multiple_of(2),
        1 => y.is_multiple_of(2),
        2 => x.is_multiple_of(3),
        3 => (x + y).is_multiple_of(3),
        4 => (x / 3 + y / 2).is_multiple_of(2),
        5 => x * y % 2 + x * y % 3 == 0,
        6 => (x * y % 2 + x * y % 3).is_multiple_of(2),
        _ => ((x + y) % 2 + x * y % 3).is_multiple_of(2),
    }
}

/// The four penalty rules, summed; a scanner reads codes with lower scores more easily.
fn penalty(code: &QrMatrix) -> usize {
    let size = code.size;
    let rows = (0..size).map(|y| lines_penalty(size, |i| code.is_dark(i, y)));
    let columns = (0..size).map(|x| lines_penalty(size, |i| code.is_dark(x, i)));
    let blocks = (0..size - 1)
        .flat_map(|y| (0..size - 1).map(move |x| (x, y)))
        .filter(|&(x, y)| {
            let c = code.is_dark(x, y);
            c == code.is_dark(x + 1, y)
                && c == code.is_dark(x, y + 1)
                && c == code.is_dark(x + 1, y + 1)
        })
        .count();
    let dark = code.dark.iter().filter(|&&d| d).count();
    let total = size * size;
    // 10 points for each whole 5 % step that the dark share strays from half (never exactly
    // half: the side is odd, so the total is too).
    let balance = (dark * 20).abs_diff(total * 10).div_ceil(total) - 1;
    rows.chain(columns).sum::<usize>() + 3 * blocks + 10 * balance
}

/// Rules 1 and 3 along one row or column: 3 points for a run of 5 same-coloured modules plus 1
/// for each more, and 40 for each pattern like a finder's (dark:light:dark:light:dark in
/// 1:1:3:1:1) with 4 light modules on one side. Beyond the edges counts as light.
fn lines_penalty(size: usize, dark_at: impl Fn(usize) -> bool) -> usize {
    let mut score = 0;
    let mut finder = RunHistory::new(size);
    let (mut run_dark, mut run) = (false, 0);
    for i in 0..size {
        if dark_at(i) == run_dark {
            run += 1;
            score += match run {
                5 => 3,
                6.. => 1,
                _ => 0,
            };
        } else {
            finder.add(run);
            if !run_dark {
                score += 40 * finder.finder_like();
            }
            run_dark = !run_dark;
            run = 1;
        }
    }
    if run_dark {
        finder.add(run);
        run = 0;
    }
    finder.add(run + size);
    score + 40 * finder.finder_like()
}

/// The lengths of the last seven runs in a line, newest first, to spot finder-like patterns.
struct RunHistory {
    size: usize,
    runs: [usize; 7],
}

impl RunHistory {
    /// An empty history for lines of `size` modules.
    fn new(size: usize) -> Self {
        Self { size, runs: [0; 7] }
    }

    /// Records a finished run; the first, light, run also gets the light area beyond the edge.
    fn add(&mut self, run: usize) {
        let run = if self.runs[0] == 0 {
            run + self.size
        } else {
            run
        };
        self.runs.copy_within(0..6, 1);
        self.runs[0] = run;
    }

    /// How many finder-like patterns end here: the last five runs in 1:1:3:1:1, counted once
    /// for 4 light modules before them and once for 4 after.
    fn finder_like(&self) -> usize {
        let r = self.runs;
        let n = r[1];
        let core = n > 0 && r[2] == n && r[3] == 3 * n && r[4] == n && r[5] == n;
        usize::from(core && r[0] >= 4 * n && r[6] >= n)
            + usize::from(core && r[6] >= 4 * n && r[0] >= n)
    }
}

// The reference crate is a dev-dependency of native builds only.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use qrcode::bits::Bits as RefBits;
    use qrcode::canvas::{Canvas, MaskPattern};
    use qrcode::{Color, EcLevel, QrCode, Version};

    const MASKS: [MaskPattern; 8] = [
        MaskPattern::Checkerboard,
        MaskPattern::HorizontalLines,
        MaskPattern::VerticalLines,
        MaskPattern::DiagonalLines,
        MaskPattern::LargeCheckerboard,
        MaskPattern::Fields,
        MaskPattern::Diamonds,
        MaskPattern::Meadow,
    ];

    /// Inputs of the lengths the brief asks for, plus result links like the app's.
    fn inputs() -> Vec<Vec<u8>> {
        let mut inputs: Vec<Vec<u8>> = [1, 17, 47, 80, 120, 200, 213]
            .iter()
            .map(|&n| (0..n).map(|i| (i * 37 + 11) as u8).collect())
            .collect();
        inputs.push(b"https://example.go.id/siap-mendunia/#r=ARFtttttttttttttgAQn3o0".to_vec());
        inputs.push(
            b"https://siap-mendunia.example/#r=AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyAh"
                .to_vec(),
        );
        inputs.push(b"a".to_vec());
        inputs
    }

    fn reference_bits(data: &[u8], version: usize) -> RefBits {
        let mut bits = RefBits::new(Version::Normal(version as i16));
        bits.push_byte_data(data).unwrap();
        bits.push_terminator(EcLevel::M).unwrap();
        bits
    }

    fn to_bools(colors: Vec<Color>) -> Vec<bool> {
        colors.into_iter().map(|c| c == Color::Dark).collect()
    }

    /// The reference crate's code for `data` in `version` under one mask.
    fn reference_masked(data: &[u8], version: usize, mask: usize) -> Vec<bool> {
        let v = Version::Normal(version as i16);
        let bytes = reference_bits(data, version).into_bytes();
        let (data_cw, ecc) = qrcode::ec::construct_codewords(&bytes, v, EcLevel::M).unwrap();
        let mut canvas = Canvas::new(v, EcLevel::M);
        canvas.draw_all_functional_patterns();
        canvas.draw_data(&data_cw, &ecc);
        canvas.apply_mask(MASKS[mask]);
        to_bools(canvas.into_colors())
    }

    fn version_of(code: &QrMatrix) -> usize {
        (code.size - 17) / 4
    }

    #[test]
    fn qr_every_mask_matches_the_qrcode_crate() {
        for data in inputs() {
            let version = version_of(&qr_matrix(&data).unwrap());
            let grid = unmasked(&data, version);
            for mask in 0..8 {
                assert_eq!(
                    grid.masked(mask).dark,
                    reference_masked(&data, version, mask),
                    "{} bytes, version {version}, mask {mask}",
                    data.len()
                );
            }
        }
    }

    /// The crate scores penalty rule 3 differently (only unscaled 1:1:3:1:1 patterns, once each)
    /// and rule 4 linearly, so for some inputs (1 and 80 bytes here) it picks another mask. Any
    /// mask decodes the same, since the format bits name it; so the crate's code must be one of
    /// ours, and ours the one of lowest penalty by the standard's rules.
    #[test]
    fn qr_chosen_code_differs_from_the_qrcode_crate_only_in_mask() {
        for data in inputs() {
            let code = qr_matrix(&data).unwrap();
            let version = version_of(&code);
            let reference = QrCode::with_bits(reference_bits(&data, version), EcLevel::M).unwrap();
            let grid = unmasked(&data, version);
            let candidates: Vec<QrMatrix> = (0..8).map(|mask| grid.masked(mask)).collect();
            let theirs = to_bools(reference.to_colors());
            assert!(
                candidates.iter().any(|c| c.dark == theirs),
                "{} bytes",
                data.len()
            );
            let lowest = candidates.iter().map(penalty).min().unwrap();
            assert_eq!(penalty(&code), lowest);
        }
    }

    /// Penalties of one line, from a string of `#` (dark) and `.` (light).
    fn line(text: &str) -> usize {
        let dark: Vec<bool> = text.chars().map(|c| c == '#').collect();
        lines_penalty(dark.len(), |i| dark[i])
    }

    #[test]
    fn qr_rule_1_scores_runs_of_five_and_more() {
        assert_eq!(line("####.#.#.#."), 0);
        assert_eq!(line("#####.#.#.#"), 3);
        assert_eq!(line("#######.#.#"), 5);
        assert_eq!(line("#####......"), 3 + 4);
    }

    #[test]
    fn qr_rule_3_scores_finder_like_patterns_beside_light() {
        // Light beyond both edges: 4 light on each side counts twice.
        assert_eq!(line("#.###.#...."), 80);
        // Scaled 2:2:6:2:2 counts too (plus rule 1 for the run of six and the light run).
        assert_eq!(line("##..######..##........"), 80 + 4 + 6);
        // Dark on both sides, 4 light on neither: no finder penalty.
        assert_eq!(line("#.#.###.#.#"), 0);
    }

    #[test]
    fn qr_picks_the_smallest_version_that_fits() {
        for data in inputs() {
            let code = qr_matrix(&data).unwrap();
            let version = version_of(&code);
            assert_eq!(code.size, 4 * version + 17);
            assert_eq!(code.dark.len(), code.size * code.size);
            assert!(data.len() <= byte_capacity(version));
            assert!(version == 1 || data.len() > byte_capacity(version - 1));
        }
    }

    #[test]
    fn qr_capacities_match_the_standard() {
        let capacities: Vec<usize> = (1..=MAX_VERSION).map(byte_capacity).collect();
        assert_eq!(capacities, [14, 26, 42, 62, 84, 106, 122, 152, 180, 213]);
    }

    #[test]
    fn qr_too_long_data_gives_none() {
        assert!(qr_matrix(&[0; 213]).is_some());
        assert_eq!(qr_matrix(&[0; 214]), None);
    }
}
