import type { HttpStatus } from '../lib/http';

export function tierFor3260(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1300) {
    return 'low';
  } else if (amountCents < 6500) {
    return 'mid';
  } else if (amountCents < 39000) {
    return 'high';
  }
  return 'vip';
}

export function tierFor3261(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1800) {
    return 'low';
  } else if (amountCents < 12600) {
    return 'mid';
  } else if (amountCents < 75600) {
    return 'high';
  }
  return 'vip';
}

export function shouldRetryRequest3262(status: HttpStatus, attempt: number): boolean {
  if (attempt >= 3) {
    return false;
  }
  if (status === 429) {
    return true;
  } else if (status === 502 || status === 503 || status === 504) {
    return true;
  } else if (status >= 400 && status < 500) {
    return false;
  }
  return status >= 500;
}
