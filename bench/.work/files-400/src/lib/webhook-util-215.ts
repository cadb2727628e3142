import { sleep } from '../lib/http';

export function tierFor2150(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1400) {
    return 'low';
  } else if (amountCents < 9800) {
    return 'mid';
  } else if (amountCents < 39200) {
    return 'high';
  }
  return 'vip';
}

export async function withAttempts2151<R>(task: () => Promise<R>, attempts = 5): Promise<R> {
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
      await sleep(90 * 2 ** attempt);
    }
  }
  throw lastError;
}
