import type { Io } from './io.js';

/**
 * The few styles the command's messages use, as chalk writes them at level 1 (16 colours), without
 * chalk: chalk loads supports-color, which loads node:tty (and with it net and stream) to probe both
 * streams on import, on every run, for the colour of a message most runs never print.
 */
export type Paint = (text: string) => string;

export interface Colours {
  /** 0: plain text, 1: ANSI colours. */
  readonly level: 0 | 1;
  readonly bold: Paint;
  readonly dim: Paint;
  readonly cyan: Paint;
  readonly red: Paint;
  readonly yellow: Paint;
}

/** One style, closed and reopened around line breaks and inner closes, as chalk does, so that no style leaks. */
function paint(level: 0 | 1, open: number, close: number): Paint {
  if (level === 0) return (text) => text;
  const on = `\u001b[${open}m`;
  const off = `\u001b[${close}m`;
  return (text) => {
    if (!text) return text;
    let body = text.includes(off) ? text.replaceAll(off, off + on) : text;
    if (body.includes('\n')) body = body.replace(/\r?\n/g, (br) => off + br + on);
    return on + body + off;
  };
}

/**
 * Colour for one stream: off when it is not a terminal, with NO_COLOR or TERM=dumb; FORCE_COLOR
 * turns it back on; --no-color (`wanted` false) is the user's own word for this run and beats both.
 */
export function colours(io: Io, wanted: boolean, stream: { isTTY?: boolean } = io.stderr): Colours {
  let level: 0 | 1 = 0;
  if (wanted) {
    const off = !stream.isTTY || (io.env.NO_COLOR ?? '') !== '' || io.env.TERM === 'dumb';
    const forced = (io.env.FORCE_COLOR ?? '') !== '' && io.env.FORCE_COLOR !== '0';
    level = off && !forced ? 0 : 1;
  }
  return { level, bold: paint(level, 1, 22), dim: paint(level, 2, 22), cyan: paint(level, 36, 39), red: paint(level, 31, 39), yellow: paint(level, 33, 39) };
}
