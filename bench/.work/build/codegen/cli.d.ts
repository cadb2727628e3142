#!/usr/bin/env node
export declare const EXIT_OK = 0;
export declare const EXIT_NOT_FOUND = 1;
export declare const EXIT_USAGE = 2;
interface GenerateFlags {
    catalog?: string;
    out?: string;
    check?: boolean;
}
export declare function runGenerate(flags: GenerateFlags): Promise<number>;
interface SummaryFlags {
    catalog?: string;
}
/** One line per family: how many entries, how many must not be resent, and how well each is sourced. */
export declare function runSummary(flags: SummaryFlags): Promise<number>;
interface ExplainFlags {
    family?: string;
    channel?: string;
}
export declare function runExplain(code: string, flags: ExplainFlags): number;
interface ListFlags extends ExplainFlags {
    permanent?: boolean;
    nonRetryable?: boolean;
    json?: boolean;
}
export declare function runList(flags: ListFlags): number;
export declare function main(argv: string[]): Promise<number>;
export {};
