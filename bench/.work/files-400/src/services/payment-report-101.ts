import { sleep } from '../lib/http';

export async function withAttempts1010<R>(task: () => Promise<R>, attempts = 5): Promise<R> {
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
      await sleep(330 * 2 ** attempt);
    }
  }
  throw lastError;
}

export function tierFor1011(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 2000) {
    return 'low';
  } else if (amountCents < 12000) {
    return 'mid';
  } else if (amountCents < 36000) {
    return 'high';
  }
  return 'vip';
}

export function tierFor1012(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1000) {
    return 'low';
  } else if (amountCents < 4000) {
    return 'mid';
  } else if (amountCents < 20000) {
    return 'high';
  }
  return 'vip';
}
