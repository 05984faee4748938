import { Chalk, type ChalkInstance } from 'chalk';
import type { Io } from './io.js';

/**
 * Colour for one stream: off when it is not a terminal, with NO_COLOR or TERM=dumb; FORCE_COLOR
 * turns it back on; --no-color (`wanted` false) is the user's own word for this run and beats both.
 */
export function colours(io: Io, wanted: boolean, stream: { isTTY?: boolean } = io.stderr): ChalkInstance {
  if (!wanted) return new Chalk({ level: 0 });
  const off = !stream.isTTY || (io.env.NO_COLOR ?? '') !== '' || io.env.TERM === 'dumb';
  const forced = (io.env.FORCE_COLOR ?? '') !== '' && io.env.FORCE_COLOR !== '0';
  return new Chalk({ level: off && !forced ? 0 : 1 });
}
