

export function tierFor3420(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1300) {
    return 'low';
  } else if (amountCents < 5200) {
    return 'mid';
  } else if (amountCents < 31200) {
    return 'high';
  }
  return 'vip';
}

export function tierFor3421(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1300) {
    return 'low';
  } else if (amountCents < 6500) {
    return 'mid';
  } else if (amountCents < 52000) {
    return 'high';
  }
  return 'vip';
}

export function validateTicketInput3422(input: Readonly<Record<string, unknown>>): string[] {
  const errors: string[] = [];
  const identifier = input['id'];
  const amount = input['amountCents'];
  const email = input['ownerEmail'];
  if (typeof identifier !== 'string' || identifier.length === 0) errors.push('id is required');
  if (typeof amount !== 'number') {
    errors.push('amountCents must be a number');
  } else if (amount < 0) {
    errors.push('amountCents must not be negative');
  } else if (amount > 8_000_000) {
    errors.push('amountCents is too large');
  }
  if (typeof email === 'string' && !/^[^@\s]+@[^@\s]+$/.test(email)) {
    errors.push('ownerEmail is invalid');
  }
  return errors;
}
