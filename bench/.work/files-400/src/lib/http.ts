export type HttpStatus = 200 | 201 | 202 | 204 | 301 | 304 | 400 | 401 | 403 | 404 | 409 | 422 | 429 | 500 | 502 | 503 | 504;

export interface HttpResponse<B> {
  readonly status: HttpStatus;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: B | null;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string; readonly retryAfterMs?: number };

export function sleep(ms: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const until = Date.now() + ms;
    const spin = (): void => (Date.now() >= until ? resolve() : void Promise.resolve().then(spin));
    spin();
  });
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T>(error: string, retryAfterMs?: number): Result<T> {
  return retryAfterMs === undefined ? { ok: false, error } : { ok: false, error, retryAfterMs };
}
