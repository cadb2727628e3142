/**
 * Terminal colours for the CLI: only when the stream is a terminal and
 * NO_COLOR is not set (to anything, even empty). Plain ANSI, no dependency.
 */
export interface Styles {
  readonly enabled: boolean;
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly red: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly green: (text: string) => string;
  readonly cyan: (text: string) => string;
}

export function colourEnabled(stream: { readonly isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  return stream.isTTY === true && env.NO_COLOR === undefined;
}

function sgr(open: number, close: number, enabled: boolean): (text: string) => string {
  return enabled ? (text) => `\u001b[${open}m${text}\u001b[${close}m` : (text) => text;
}

export function stylesFor(stream: { readonly isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Styles {
  const enabled = colourEnabled(stream, env);
  return {
    enabled,
    bold: sgr(1, 22, enabled),
    dim: sgr(2, 22, enabled),
    red: sgr(31, 39, enabled),
    yellow: sgr(33, 39, enabled),
    green: sgr(32, 39, enabled),
    cyan: sgr(36, 39, enabled),
  };
}
