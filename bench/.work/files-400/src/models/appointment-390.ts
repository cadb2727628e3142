/** Appointment records as the CRM service stores them. */
export enum AppointmentStatus390 {
  New = 0,
  InProgress = 1,
  Blocked = 2,
  Done = 3,
}

export type AppointmentKind390 = 'standard' | 'premium' | 'trial';

export interface Appointment390 {
  readonly id: string;
  readonly status: AppointmentStatus390;
  readonly kind: AppointmentKind390;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type AppointmentEvent390 =
  | { readonly type: 'created'; readonly payload: Appointment390 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Appointment390> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_APPOINTMENT_PAGE_SIZE_390 = 293;

export function isAppointment390(value: unknown): value is Appointment390 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newAppointment390(id: string, ownerEmail: string, kind: AppointmentKind390 = 'standard'): Appointment390 {
  return {
    id,
    status: AppointmentStatus390.New,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
