import { CommanderError, type Command } from 'commander';
import { ConfigError, loadConfig, type LoadedConfig } from '../config/index.js';
import type { Io } from './io.js';

/**
 * What the commands (conversion, check, learn) read from their arguments the same way: commander's
 * exits, the config flags, stdin when no input is named, the --ext list.
 */

/** Parses `argv` into `cmd`: 'ok' (help or version shown) or 'usage' when that ended the command, else null. */
export function parseArgs(cmd: Command, argv: readonly string[]): 'ok' | 'usage' | null {
  try {
    cmd.parse([...argv], { from: 'user' });
    return null;
  } catch (error) {
    if (error instanceof CommanderError) return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 'ok' : 'usage';
    throw error;
  }
}

/** The config --config <file> names (false: --no-config), else the one found upward from the working folder; a bad one is a ConfigError. */
export async function configOf(flag: string | false | undefined, io: Io, root?: string): Promise<LoadedConfig | ConfigError> {
  try {
    return await loadConfig({ cwd: io.cwd, ...(root === undefined ? {} : { root }), file: typeof flag === 'string' ? flag : null, disabled: flag === false });
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
}

/** The inputs named, or stdin ("-") when none is and stdin is a pipe; null at a terminal, the help written. */
export function operandsOrStdin(cmd: Command, io: Io): string[] | null {
  const operands = cmd.processedArgs[0] as string[];
  if (operands.length > 0) return operands;
  if (io.stdin.isTTY) {
    io.stderr.write(cmd.helpInformation());
    return null;
  }
  return ['-'];
}

/** --ext "md,.HTML": lower-case extensions without the dot. */
export function extensionList(list: string): string[] {
  return list.split(',').map((e) => e.trim().replace(/^\./, '').toLowerCase()).filter(Boolean);
}
