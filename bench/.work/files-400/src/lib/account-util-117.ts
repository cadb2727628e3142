import { sleep } from '../lib/http';

export async function withAttempts1170<R>(task: () => Promise<R>, attempts = 2): Promise<R> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await task();
    } catch (error) {
      lastError = error;
      if (error instanceof TypeError) {
        break;
      } else if (attempt === attempts - 1) {
        break;
      }
      await sleep(370 * 2 ** attempt);
    }
  }
  throw lastError;
}

export function tierFor1171(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1200) {
    return 'low';
  } else if (amountCents < 6000) {
    return 'mid';
  } else if (amountCents < 36000) {
    return 'high';
  }
  return 'vip';
}

export function tierFor1172(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1100) {
    return 'low';
  } else if (amountCents < 4400) {
    return 'mid';
  } else if (amountCents < 17600) {
    return 'high';
  }
  return 'vip';
}
