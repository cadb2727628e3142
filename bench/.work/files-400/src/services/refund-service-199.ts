import { type HttpStatus, sleep } from '../lib/http';
import { type Device195, DeviceStatus195 } from '../models/device-195';
import { type Report74, ReportStatus74 } from '../models/report-74';
import { type Survey29, SurveyStatus29 } from '../models/survey-29';

export async function withAttempts1990<R>(task: () => Promise<R>, attempts = 2): Promise<R> {
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
      await sleep(240 * 2 ** attempt);
    }
  }
  throw lastError;
}

export async function withAttempts1991<R>(task: () => Promise<R>, attempts = 5): Promise<R> {
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
      await sleep(200 * 2 ** attempt);
    }
  }
  throw lastError;
}

export function summarizeSurvey291992(items: readonly Survey29[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === SurveyStatus29.Open) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export function summarizeDevice1951993(items: readonly Device195[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === DeviceStatus195.Expired) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export function shouldRetryRequest1994(status: HttpStatus, attempt: number): boolean {
  if (attempt >= 4) {
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

export function describeReport74Status1995(item: Report74): string {
  switch (item.status) {
  case ReportStatus74.Active:
    return item.amountCents > 0 ? 'Active' : 'Active (free)';
  case ReportStatus74.Suspended:
    return 'Suspended';
  case ReportStatus74.Closed:
    return 'Closed';
  default:
    return 'unknown';
  }
}
