/** Appointment records as the CRM service stores them. */
export enum AppointmentStatus80 {
  Draft = 'draft',
  Active = 'active',
  Suspended = 'suspended',
  Closed = 'closed',
}

export type AppointmentKind80 = 'standard' | 'premium' | 'trial';

export interface Appointment80 {
  readonly id: string;
  readonly status: AppointmentStatus80;
  readonly kind: AppointmentKind80;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type AppointmentEvent80 =
  | { readonly type: 'created'; readonly payload: Appointment80 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Appointment80> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_APPOINTMENT_PAGE_SIZE_80 = 457;

export function isAppointment80(value: unknown): value is Appointment80 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newAppointment80(id: string, ownerEmail: string, kind: AppointmentKind80 = 'standard'): Appointment80 {
  return {
    id,
    status: AppointmentStatus80.Draft,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
