// Digits of the scripts dates are written in, read as ASCII digits.

// The zero of each script's decimal digits that dates are written in: Arabic-Indic, Persian,
// Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Thai, Lao,
// Tibetan, Myanmar, Khmer, Mongolian, and full-width.
const DIGIT_ZEROS = [0x660, 0x6f0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xed0, 0xf20, 0x1040, 0x17e0, 0x1810, 0xff10];
const OTHER_DIGIT = /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0a66-\u0a6f\u0ae6-\u0aef\u0b66-\u0b6f\u0be6-\u0bef\u0c66-\u0c6f\u0ce6-\u0cef\u0d66-\u0d6f\u0e50-\u0e59\u0ed0-\u0ed9\u0f20-\u0f29\u1040-\u1049\u17e0-\u17e9\u1810-\u1819\uff10-\uff19]/;

/** Whether `text` has a decimal digit of another script than ASCII ("١٨", "۲۰۱۹", "१८"). */
export function hasOtherDigits(text: string): boolean {
  return OTHER_DIGIT.test(text);
}

/** Digits of every script as ASCII digits: "١٨ يناير ٢٠١٩" -> "18 يناير 2019". Other text as it is. */
export function asciiDigits(text: string): string {
  if (!OTHER_DIGIT.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    const zero = DIGIT_ZEROS.find((z) => c >= z && c <= z + 9);
    out += zero === undefined ? ch : String.fromCharCode(0x30 + c - zero);
  }
  return out;
}
