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
export declare function colourEnabled(stream: {
    readonly isTTY?: boolean;
}, env?: NodeJS.ProcessEnv): boolean;
export declare function stylesFor(stream: {
    readonly isTTY?: boolean;
}, env?: NodeJS.ProcessEnv): Styles;
