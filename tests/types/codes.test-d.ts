/**
 * Type-level tests of the `codes` module, run by `vitest` in typecheck mode
 * (`tsc`): a type error or an unused `@ts-expect-error` here fails the test it
 * is in.
 */
import { describe, expectTypeOf, it } from 'vitest';
import {
  describeCode,
  findCode,
  isPermanentSmtpReplyCode,
  isTwilioErrorCode,
  isTwilioErrorCodeString,
  SmtpReply,
  TwilioError,
  type CodeEntry,
  type NonRetryableSmtpReplyCode,
  type PermanentSmtpReplyCode,
  type RetryableSmtpReplyCode,
  type SmtpReplyCode,
  type SmtpReplyPermanentFailureHandlers,
  type TwilioErrorCode,
  type TwilioErrorCodeString,
} from '../../src/codes/index.ts';

declare const input: unknown;
/** A handler for every permanent SMTP code, whatever the catalog lists today. */
type Full = { readonly [K in PermanentSmtpReplyCode]: (code: K) => string };
declare const full: Full;

describe('enums', () => {
  it('TwilioError.CarrierViolation is the code 30007', () => {
    // expect-type sees enum members as plain numbers, so the literal is checked by assignment.
    const code: 30007 = TwilioError.CarrierViolation;
    expectTypeOf(TwilioError.CarrierViolation).toExtend<TwilioErrorCode>();
    // @ts-expect-error CarrierViolation is 30007, not 30008
    const other: 30008 = TwilioError.CarrierViolation;
    void code;
    void other;
  });

  it('SmtpReply members are SMTP reply codes', () => {
    const code: 552 = SmtpReply.ExceededStorage;
    void code;
    expectTypeOf<SmtpReply>().toExtend<SmtpReplyCode>();
  });
});

describe('code unions', () => {
  it('SmtpReplyCode includes 552 and nothing that is not in the catalog', () => {
    expectTypeOf<552>().toExtend<SmtpReplyCode>();
    expectTypeOf<999>().not.toExtend<SmtpReplyCode>();
    expectTypeOf<552>().toExtend<PermanentSmtpReplyCode>();
    expectTypeOf<552>().toExtend<NonRetryableSmtpReplyCode>();
  });

  it('a function taking RetryableSmtpReplyCode accepts 421 and rejects 552', () => {
    function resendLater(code: RetryableSmtpReplyCode): RetryableSmtpReplyCode {
      return code;
    }
    resendLater(421);
    resendLater(SmtpReply.ServiceNotAvailable);
    // @ts-expect-error 552 must never be resent unchanged
    resendLater(552);
    // @ts-expect-error nor through its enum member
    resendLater(SmtpReply.ExceededStorage);
    expectTypeOf<552>().not.toExtend<RetryableSmtpReplyCode>();
    expectTypeOf<421>().toExtend<RetryableSmtpReplyCode>();
  });

  it("TwilioErrorCodeString is the text form of Twilio's codes", () => {
    expectTypeOf<'30007'>().toExtend<TwilioErrorCodeString>();
    expectTypeOf<'12345'>().not.toExtend<TwilioErrorCodeString>();
    expectTypeOf<30007>().not.toExtend<TwilioErrorCodeString>();
  });
});

describe('guards', () => {
  it('isTwilioErrorCode narrows unknown to TwilioErrorCode', () => {
    // Both directions of toExtend prove equality; toEqualTypeOf on a 1,954-member union costs minutes of tsc.
    if (isTwilioErrorCode(input)) {
      expectTypeOf(input).toExtend<TwilioErrorCode>();
      expectTypeOf<TwilioErrorCode>().toExtend<typeof input>();
    }
    expectTypeOf(isTwilioErrorCode).guards.toExtend<TwilioErrorCode>();
  });

  it('isTwilioErrorCodeString narrows to the text form', () => {
    if (isTwilioErrorCodeString(input)) {
      expectTypeOf(input).toExtend<TwilioErrorCodeString>();
      expectTypeOf<TwilioErrorCodeString>().toExtend<typeof input>();
    }
  });

  it('isPermanentSmtpReplyCode narrows to the permanent codes', () => {
    if (isPermanentSmtpReplyCode(input)) expectTypeOf(input).toEqualTypeOf<PermanentSmtpReplyCode>();
  });
});

describe('permanent-failure handler maps', () => {
  const bounce = (code: SmtpReplyCode) => `suppress after ${code}`;
  // `full` has a handler for every permanent SMTP code, whatever the catalog lists today; the tests
  // below take one away or add one to it. (552 must be one of them for the test of its absence to mean anything.)
  expectTypeOf<552>().toExtend<keyof Full>();

  it('a map with every permanent SMTP code compiles, optional handlers for the others allowed', () => {
    const handlers = { ...full, 421: (code) => `wait after ${code}` } satisfies SmtpReplyPermanentFailureHandlers<string>;
    expectTypeOf(handlers[552]).returns.toEqualTypeOf<string>();
    full satisfies SmtpReplyPermanentFailureHandlers<string>;
  });

  it('a map missing 552 does not compile', () => {
    const { 552: omitted, ...without552 } = full;
    // @ts-expect-error 552 has no handler
    without552 satisfies SmtpReplyPermanentFailureHandlers;
    void omitted;
  });

  it('a map with a key that is no SMTP code does not compile', () => {
    const handlers = {
      ...full,
      // @ts-expect-error 999 is not an SMTP reply code
      999: bounce,
    } satisfies SmtpReplyPermanentFailureHandlers;
    void handlers;
  });

  it('a handler receives its own code', () => {
    const handlers = {
      ...full,
      552: (code) => expectTypeOf(code).toEqualTypeOf<552>(),
      554: (code) => expectTypeOf(code).toEqualTypeOf<554>(),
    } satisfies SmtpReplyPermanentFailureHandlers;
    void handlers;
  });
});

describe('lookups', () => {
  it('describeCode returns CodeEntry | undefined', () => {
    expectTypeOf(describeCode).returns.toEqualTypeOf<CodeEntry | undefined>();
    expectTypeOf(describeCode('smtp', 552)).toEqualTypeOf<CodeEntry | undefined>();
    // @ts-expect-error not a family of the catalog
    describeCode('no-such-family', 1);
  });

  it('findCode returns every matching CodeEntry', () => {
    expectTypeOf(findCode).returns.toEqualTypeOf<CodeEntry[]>();
  });
});
