//! The small encodings under result codes, written here to keep crates out of the bundle:
//! base64url without padding (RFC 4648 §5), CRC-16/CCITT-FALSE, and packing values of a few
//! bits into bytes.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Whether `c` belongs to the base64url alphabet.
pub(crate) fn is_base64url(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// The bytes as base64url without padding: 4 characters per 3 bytes.
pub(crate) fn to_base64url(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let group = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, &b)| acc | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            // A char, not a byte checked as UTF-8 afterwards: that check costs every owner's
            // download more than it saves in time.
            text.push(char::from(ALPHABET[(group >> (18 - 6 * i) & 63) as usize]));
        }
    }
    text
}

/// The bytes of base64url text, or `None` if a character is outside the alphabet. Bits left
/// over after the last whole byte are dropped.
pub(crate) fn from_base64url(text: &str) -> Option<Vec<u8>> {
    let mut bytes = Vec::with_capacity(text.len() * 3 / 4);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for c in text.bytes() {
        let value = ALPHABET.iter().position(|&a| a == c)? as u32;
        buffer = (buffer << 6 | value) & 0xFFFF;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            bytes.push((buffer >> bits) as u8);
        }
    }
    Some(bytes)
}

/// CRC-16/CCITT-FALSE (polynomial 0x1021, initial value 0xFFFF): catches every error of one or
/// two bits and any burst up to 16 bits, such as a mistyped or dropped character.
pub(crate) fn crc16(bytes: &[u8]) -> u16 {
    // A byte at a time, by the polynomial's shifts rather than a bit at a time or a table: the
    // same checksum, with no table to download, fast enough for a group of any size.
    bytes.iter().fold(0xFFFF, |crc, &byte| {
        let mut crc = crc.rotate_left(8) ^ u16::from(byte);
        crc ^= (crc & 0xFF) >> 4;
        crc ^= crc << 12;
        crc ^ (crc & 0xFF) << 5
    })
}

/// Appends values of a few bits to bytes, most significant bit first.
#[derive(Default)]
pub(crate) struct BitWriter {
    bytes: Vec<u8>,
    /// Bits written and not yet a whole byte: the low `used` bits of `pending`.
    pending: u32,
    used: u32,
}

impl BitWriter {
    /// Appends the low `width` bits (at most 8) of `value`.
    pub(crate) fn write(&mut self, value: u8, width: u32) {
        self.pending = self.pending << width | u32::from(value) & ((1 << width) - 1);
        self.used += width;
        if self.used >= 8 {
            self.used -= 8;
            self.bytes.push((self.pending >> self.used) as u8);
        }
    }

    /// The bytes written, the last one padded with zero bits.
    pub(crate) fn finish(mut self) -> Vec<u8> {
        if self.used > 0 {
            self.bytes.push((self.pending << (8 - self.used)) as u8);
        }
        self.bytes
    }
}

/// Reads values of a few bits from bytes, most significant bit first.
pub(crate) struct BitReader<'a> {
    bytes: &'a [u8],
    position: usize,
}

impl<'a> BitReader<'a> {
    /// Reads from the start of `bytes`.
    pub(crate) fn new(bytes: &'a [u8]) -> BitReader<'a> {
        BitReader { bytes, position: 0 }
    }

    /// The next `width` bits as a number, or `None` past the end.
    pub(crate) fn read(&mut self, width: u32) -> Option<u8> {
        let mut value = 0u8;
        for _ in 0..width {
            let byte = self.bytes.get(self.position / 8)?;
            value = value << 1 | (byte >> (7 - self.position % 8) & 1);
            self.position += 1;
        }
        Some(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_matches_rfc_4648_test_vectors() {
        for (bytes, text) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
        ] {
            assert_eq!(to_base64url(bytes.as_bytes()), text);
            assert_eq!(from_base64url(text).as_deref(), Some(bytes.as_bytes()));
        }
        assert_eq!(
            to_base64url(&[0xFB, 0xFF]),
            "-_8",
            "the URL-safe characters"
        );
    }

    #[test]
    fn base64url_refuses_characters_outside_its_alphabet() {
        for text in ["Zm9v+", "Zm9v/", "Zm9v=", "Zm 9v", "Zmé"] {
            assert_eq!(from_base64url(text), None, "{text}");
        }
    }

    #[test]
    fn crc16_matches_the_ccitt_false_check_value() {
        assert_eq!(crc16(b"123456789"), 0x29B1);
    }

    #[test]
    fn bits_read_back_as_written() {
        let mut writer = BitWriter::default();
        for (value, width) in [(5, 3), (0, 3), (1, 1), (0xAB, 8), (7, 3)] {
            writer.write(value, width);
        }
        let bytes = writer.finish();
        assert_eq!(bytes.len(), 3, "18 bits take 3 bytes");
        let mut reader = BitReader::new(&bytes);
        for (value, width) in [(5, 3), (0, 3), (1, 1), (0xAB, 8), (7, 3)] {
            assert_eq!(reader.read(width), Some(value));
        }
        assert_eq!(reader.read(8), None);
    }
}
