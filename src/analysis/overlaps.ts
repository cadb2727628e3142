/**
 * Values that mean something else in most code: HTTP statuses, gRPC status
 * names, small numbers, plain words. A provider may use them as codes too
 * (SMTP 503, FCM `UNAVAILABLE`, Vonage 3, SendGrid `delivered`), but a branch
 * that names only such values says nothing about which provider it is about:
 * it takes a family name hint (`smtpReply`, `fcmError`, `dlr.err`) or the type
 * checker to tie it to one. Applies to every family, present and future.
 */
import type { CodeValue } from './catalog-index.ts';

/** The IANA HTTP status code registry's codes and reason phrases (RFC 9110 and the registry). */
const HTTP_STATUSES: Readonly<Record<number, string>> = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content',
  205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported', 226: 'IM Used',
  300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified',
  305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 406: 'Not Acceptable', 407: 'Proxy Authentication Required', 408: 'Request Timeout',
  409: 'Conflict', 410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed', 413: 'Content Too Large',
  414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed',
  418: 'Unused', 421: 'Misdirected Request', 422: 'Unprocessable Content', 423: 'Locked', 424: 'Failed Dependency',
  425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required', 429: 'Too Many Requests',
  431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
  504: 'Gateway Timeout', 505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates', 507: 'Insufficient Storage',
  508: 'Loop Detected', 510: 'Not Extended', 511: 'Network Authentication Required',
};

/**
 * The statuses application code branches on every day. Rare ones (421, 451) stay out: next to
 * each other they are the classic SMTP deferral pair, far more often than an HTTP handler's cases.
 */
const EVERYDAY_HTTP_STATUSES: ReadonlySet<number> = new Set([
  200, 201, 202, 204, 301, 302, 303, 304, 307, 308, 400, 401, 403, 404, 405, 406, 408, 409, 410, 412, 413, 415, 422, 429,
  500, 501, 502, 503, 504,
]);

/** Older reason phrases that libraries still spell as identifiers. */
const FORMER_REASON_PHRASES = ['Payload Too Large', 'Request Entity Too Large', 'Unprocessable Entity', 'Requested Range Not Satisfiable'];

/** gRPC's canonical status codes by name. */
const GRPC_STATUS_NAMES = [
  'OK', 'CANCELLED', 'UNKNOWN', 'INVALID_ARGUMENT', 'DEADLINE_EXCEEDED', 'NOT_FOUND', 'ALREADY_EXISTS',
  'PERMISSION_DENIED', 'RESOURCE_EXHAUSTED', 'FAILED_PRECONDITION', 'ABORTED', 'OUT_OF_RANGE', 'UNIMPLEMENTED',
  'INTERNAL', 'UNAVAILABLE', 'DATA_LOSS', 'UNAUTHENTICATED',
];

/** Below this, a number is as likely an index, a count or an enum value as a provider's code. */
const SMALL_NUMBER_LIMIT = 100;

const pascal = (phrase: string) => phrase.replace(/[^A-Za-z0-9]+(.)?/g, (_, next: string | undefined) => (next ?? '').toUpperCase());

let commonTexts: ReadonlySet<string> | undefined;

function commonTextSet(): ReadonlySet<string> {
  commonTexts ??= new Set([
    ...GRPC_STATUS_NAMES,
    ...[...Object.values(HTTP_STATUSES), ...FORMER_REASON_PHRASES].map(pascal),
  ]);
  return commonTexts;
}

/** A plain word: `delivered`, `open`, `Blocked`, `Unknown`. */
const PLAIN_WORD = /^(?:[a-z]+|[A-Z][a-z]+)$/;

function isCommonNumber(value: number): boolean {
  return (Number.isInteger(value) && value >= 0 && value < SMALL_NUMBER_LIMIT) || EVERYDAY_HTTP_STATUSES.has(value);
}

/** Any status of the HTTP registry, everyday or rare. */
export function isHttpStatus(value: number): boolean {
  return Object.hasOwn(HTTP_STATUSES, value);
}

/** Whether `value` alone cannot tell a provider's code from the same value's everyday meaning. */
export function isCommonValue(value: CodeValue): boolean {
  if (typeof value === 'number') return isCommonNumber(value);
  if (/^\d+$/.test(value)) return isCommonNumber(Number(value));
  return PLAIN_WORD.test(value) || commonTextSet().has(value);
}

/** Whether some of `values` point at a provider by themselves. */
export function hasTellingValue(values: readonly CodeValue[]): boolean {
  return values.some((value) => !isCommonValue(value));
}
