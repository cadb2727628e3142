export * from "./apns.ts";
export * from "./collect-ai.ts";
export * from "./connection-card-pro.ts";
export * from "./fcm.ts";
export * from "./postmark.ts";
export * from "./salesmsg.ts";
export * from "./sendgrid.ts";
export * from "./ses.ts";
export * from "./smtp.ts";
export * from "./smtp-enhanced.ts";
export * from "./twilio.ts";
export * from "./vonage.ts";
export * from "./webex-connect.ts";
export * from "./whatsapp.ts";
/** Every provider family of the catalog, by id. */
export declare const FAMILIES: {
    readonly apns: import("../codes/types.ts").FamilyData;
    readonly "collect-ai": import("../codes/types.ts").FamilyData;
    readonly "connection-card-pro": import("../codes/types.ts").FamilyData;
    readonly fcm: import("../codes/types.ts").FamilyData;
    readonly postmark: import("../codes/types.ts").FamilyData;
    readonly salesmsg: import("../codes/types.ts").FamilyData;
    readonly sendgrid: import("../codes/types.ts").FamilyData;
    readonly ses: import("../codes/types.ts").FamilyData;
    readonly smtp: import("../codes/types.ts").FamilyData;
    readonly "smtp-enhanced": import("../codes/types.ts").FamilyData;
    readonly twilio: import("../codes/types.ts").FamilyData;
    readonly vonage: import("../codes/types.ts").FamilyData;
    readonly "webex-connect": import("../codes/types.ts").FamilyData;
    readonly whatsapp: import("../codes/types.ts").FamilyData;
};
/** Id of a provider family. */
export type FamilyId = keyof typeof FAMILIES;
