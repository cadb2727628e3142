/**
 * The shape of one catalog file (`catalog/<family>.yaml`).
 *
 * Field-level rules live in the zod schema; rules that relate entries to each
 * other or to the family header (declared channels and groups, uniqueness,
 * failure entries needing a classification) live in `crossCheck`, so that every
 * problem in a file is reported in one pass.
 */
import { z } from 'zod';
export declare const entrySchema: z.ZodObject<{
    code: z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>;
    channel: z.ZodOptional<z.ZodString>;
    group: z.ZodOptional<z.ZodString>;
    name: z.ZodString;
    title: z.ZodOptional<z.ZodString>;
    summary: z.ZodString;
    outcome: z.ZodEnum<{
        delivered: "delivered";
        read: "read";
        accepted: "accepted";
        pending: "pending";
        failed: "failed";
        unknown: "unknown";
    }>;
    permanence: z.ZodOptional<z.ZodEnum<{
        unknown: "unknown";
        permanent: "permanent";
        transient: "transient";
    }>>;
    retry: z.ZodOptional<z.ZodEnum<{
        never: "never";
        "after-fix": "after-fix";
        safe: "safe";
        "provider-retries": "provider-retries";
    }>>;
    retryWindow: z.ZodOptional<z.ZodString>;
    action: z.ZodEnum<{
        none: "none";
        wait: "wait";
        "retry-later": "retry-later";
        "reduce-rate": "reduce-rate";
        "suppress-recipient": "suppress-recipient";
        "verify-recipient": "verify-recipient";
        "fix-content": "fix-content";
        "fix-request": "fix-request";
        "fix-configuration": "fix-configuration";
        "top-up": "top-up";
        "use-template": "use-template";
        "contact-provider": "contact-provider";
        investigate: "investigate";
    }>;
    charged: z.ZodOptional<z.ZodUnion<readonly [z.ZodBoolean, z.ZodLiteral<"sometimes">]>>;
    actionable: z.ZodOptional<z.ZodEnum<{
        yes: "yes";
        no: "no";
        partially: "partially";
    }>>;
    phase: z.ZodOptional<z.ZodEnum<{
        "before-sending": "before-sending";
        "while-sending": "while-sending";
        "after-sending": "after-sending";
    }>>;
    basis: z.ZodEnum<{
        documented: "documented";
        inferred: "inferred";
    }>;
    sources: z.ZodArray<z.ZodObject<{
        doc: z.ZodString;
        section: z.ZodString;
    }, z.core.$strict>>;
    conflicts: z.ZodOptional<z.ZodArray<z.ZodObject<{
        source: z.ZodObject<{
            doc: z.ZodString;
            section: z.ZodString;
        }, z.core.$strict>;
        says: z.ZodString;
        resolution: z.ZodString;
    }, z.core.$strict>>>;
    note: z.ZodOptional<z.ZodString>;
}, z.core.$strict>;
export declare const familySchema: z.ZodObject<{
    family: z.ZodString;
    displayName: z.ZodString;
    description: z.ZodString;
    enumName: z.ZodString;
    codeType: z.ZodEnum<{
        string: "string";
        number: "number";
    }>;
    sentAsString: z.ZodOptional<z.ZodBoolean>;
    nameHints: z.ZodOptional<z.ZodArray<z.ZodString>>;
    channels: z.ZodOptional<z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        displayName: z.ZodString;
        description: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>>;
    groups: z.ZodOptional<z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        displayName: z.ZodString;
        description: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>>;
    entries: z.ZodArray<z.ZodObject<{
        code: z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>;
        channel: z.ZodOptional<z.ZodString>;
        group: z.ZodOptional<z.ZodString>;
        name: z.ZodString;
        title: z.ZodOptional<z.ZodString>;
        summary: z.ZodString;
        outcome: z.ZodEnum<{
            delivered: "delivered";
            read: "read";
            accepted: "accepted";
            pending: "pending";
            failed: "failed";
            unknown: "unknown";
        }>;
        permanence: z.ZodOptional<z.ZodEnum<{
            unknown: "unknown";
            permanent: "permanent";
            transient: "transient";
        }>>;
        retry: z.ZodOptional<z.ZodEnum<{
            never: "never";
            "after-fix": "after-fix";
            safe: "safe";
            "provider-retries": "provider-retries";
        }>>;
        retryWindow: z.ZodOptional<z.ZodString>;
        action: z.ZodEnum<{
            none: "none";
            wait: "wait";
            "retry-later": "retry-later";
            "reduce-rate": "reduce-rate";
            "suppress-recipient": "suppress-recipient";
            "verify-recipient": "verify-recipient";
            "fix-content": "fix-content";
            "fix-request": "fix-request";
            "fix-configuration": "fix-configuration";
            "top-up": "top-up";
            "use-template": "use-template";
            "contact-provider": "contact-provider";
            investigate: "investigate";
        }>;
        charged: z.ZodOptional<z.ZodUnion<readonly [z.ZodBoolean, z.ZodLiteral<"sometimes">]>>;
        actionable: z.ZodOptional<z.ZodEnum<{
            yes: "yes";
            no: "no";
            partially: "partially";
        }>>;
        phase: z.ZodOptional<z.ZodEnum<{
            "before-sending": "before-sending";
            "while-sending": "while-sending";
            "after-sending": "after-sending";
        }>>;
        basis: z.ZodEnum<{
            documented: "documented";
            inferred: "inferred";
        }>;
        sources: z.ZodArray<z.ZodObject<{
            doc: z.ZodString;
            section: z.ZodString;
        }, z.core.$strict>>;
        conflicts: z.ZodOptional<z.ZodArray<z.ZodObject<{
            source: z.ZodObject<{
                doc: z.ZodString;
                section: z.ZodString;
            }, z.core.$strict>;
            says: z.ZodString;
            resolution: z.ZodString;
        }, z.core.$strict>>>;
        note: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export type CatalogEntry = z.infer<typeof entrySchema>;
export type CatalogFamily = z.infer<typeof familySchema>;
/** A problem found by `crossCheck`: `path` is relative to the file's root object. */
export interface CrossProblem {
    path: (string | number)[];
    message: string;
}
export declare function crossCheck(family: CatalogFamily, fileStem: string): CrossProblem[];
