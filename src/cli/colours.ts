import { loadChalk } from './deps.js';
import type { Io } from './io.js';

/**
 * The styles the command's messages use. chalk paints them, loaded only when colour is on: on
 * import it loads supports-color, which loads node:tty (and with it net and stream) to probe both
 * streams, on every run, for the colour of a message most runs never print.
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

const plain: Paint = (text) => text;
const PLAIN: Colours = { level: 0, bold: plain, dim: plain, cyan: plain, red: plain, yellow: plain };

function painted(): Colours {
  const c = new (loadChalk().Chalk)({ level: 1 });
  return { level: 1, bold: c.bold, dim: c.dim, cyan: c.cyan, red: c.red, yellow: c.yellow };
}

/**
 * Colour for one stream: off when it is not a terminal, with NO_COLOR or TERM=dumb; FORCE_COLOR
 * turns it back on; --no-color (`wanted` false) is the user's own word for this run and beats both.
 */
export function colours(io: Io, wanted: boolean, stream: { isTTY?: boolean } = io.stderr): Colours {
  if (!wanted) return PLAIN;
  const off = !stream.isTTY || (io.env.NO_COLOR ?? '') !== '' || io.env.TERM === 'dumb';
  const forced = (io.env.FORCE_COLOR ?? '') !== '' && io.env.FORCE_COLOR !== '0';
  return off && !forced ? PLAIN : painted();
}
