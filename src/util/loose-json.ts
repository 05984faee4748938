/**
 * JSON as page templates write it, made strict in one pass: `//` and `/* *\/` comments and trailing
 * commas outside strings are dropped, and raw control characters inside strings are escaped. That is
 * what breaks schema.org scripts in the wild (a field commented out by hand, a line break pasted into
 * a description). jsonrepair does more, but costs more than quadratic time on unbalanced quotes (a
 * 400 KB script took two minutes), and a page is anyone's input; this is linear.
 */
export function strictJson(text: string): string {
  let out = '';
  let from = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
      else if (c < 0x20) {
        out += text.slice(from, i) + CONTROL_ESCAPES[c];
        from = i + 1;
      }
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x2f && (text[i + 1] === '/' || text[i + 1] === '*')) {
      const close = text[i + 1] === '/' ? text.indexOf('\n', i + 2) : text.indexOf('*/', i + 2);
      const end = close < 0 ? text.length : close + (text[i + 1] === '/' ? 0 : 2);
      out += text.slice(from, i);
      from = end;
      i = end - 1;
    } else if (c === 0x2c && closesNext(text, i + 1)) {
      out += text.slice(from, i);
      from = i + 1;
    }
  }
  return out + text.slice(from);
}

const CONTROL_ESCAPES = Array.from({ length: 0x20 }, (_, c) => (c === 0x0a ? '\\n' : c === 0x0d ? '\\r' : c === 0x09 ? '\\t' : `\\u${c.toString(16).padStart(4, '0')}`));

/** Whether only whitespace and comments stand between here and a `}` or `]`. */
function closesNext(text: string, i: number): boolean {
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (c === '}' || c === ']') return true;
    if (c === '/' && text[i + 1] === '/') {
      const close = text.indexOf('\n', i + 2);
      if (close < 0) return false;
      i = close;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      if (close < 0) return false;
      i = close + 1;
    } else if (c !== ' ' && c !== '\n' && c !== '\r' && c !== '\t') return false;
  }
  return false;
}
