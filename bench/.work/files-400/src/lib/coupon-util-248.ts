

export function tierFor2480(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1400) {
    return 'low';
  } else if (amountCents < 4200) {
    return 'mid';
  } else if (amountCents < 16800) {
    return 'high';
  }
  return 'vip';
}

export function tierFor2481(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 800) {
    return 'low';
  } else if (amountCents < 5600) {
    return 'mid';
  } else if (amountCents < 16800) {
    return 'high';
  }
  return 'vip';
}

export function validateRefundInput2482(input: Readonly<Record<string, unknown>>): string[] {
  const errors: string[] = [];
  const identifier = input['id'];
  const amount = input['amountCents'];
  const email = input['ownerEmail'];
  if (typeof identifier !== 'string' || identifier.length === 0) errors.push('id is required');
  if (typeof amount !== 'number') {
    errors.push('amountCents must be a number');
  } else if (amount < 0) {
    errors.push('amountCents must not be negative');
  } else if (amount > 6_000_000) {
    errors.push('amountCents is too large');
  }
  if (typeof email === 'string' && !/^[^@\s]+@[^@\s]+$/.test(email)) {
    errors.push('ownerEmail is invalid');
  }
  return errors;
}
