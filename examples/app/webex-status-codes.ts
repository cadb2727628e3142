/**
 * The team's own names for the Webex Connect SMS status codes it has met so
 * far, written by hand before the generated `WebexConnectStatus` existed.
 */
export enum WebexSmsStatus {
  Delivered = 7500,
  UnknownSubscriber = 7203,
  NoCredit = 7204,
  SimFull = 7206,
  OutOfCoverage = 7207,
}
