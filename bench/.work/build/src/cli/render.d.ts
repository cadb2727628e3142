/** Text the CLI prints for `explain` and `list`. Pure: takes entries and styles, returns lines. */
import type { CodeEntry } from '../codes/types.ts';
import type { Located, Suggestion } from './lookup.ts';
import type { Styles } from './style.ts';
/** `"Message blocked by STOP"` for text codes, `30007` for numbers. */
export declare function showCode(code: CodeEntry['code']): string;
/** One entry as a labelled block: family, channel, name, classification, basis, sources, conflicts. */
export declare function explainLines({ familyId, family, entry }: Located, s: Styles): string[];
/** `30007  twilio  CarrierViolation  delivery-codes explain 30007 --family twilio`, one line per suggested code. */
export declare function suggestionLines(suggestions: readonly Suggestion[], s: Styles): string[];
/** The `list` table: a header row, then one row per entry. */
export declare function listLines(items: readonly Located[], s: Styles): string[];
/** Left-aligned columns two spaces apart, without trailing spaces; `style` colours a cell after it is padded. */
export declare function table(rows: readonly (readonly string[])[], style?: (cell: string, column: number) => string): string[];
/** `list --json`: each entry with the id of its family first. */
export declare function listJson(items: readonly Located[]): string;
